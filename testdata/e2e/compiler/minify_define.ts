// flags: --minify --define DEBUG=false --define BUILD_NAME="release"
declare const DEBUG: boolean;
declare const BUILD_NAME: string;
function longFunctionName(parameterOne: number, parameterTwo: number): number {
  return parameterOne * parameterTwo;
}
if (DEBUG) print("debug build");
print(BUILD_NAME, longFunctionName(6, 7));
throw new Error("still mapped");
