let n: number = 0;
export function greet(who: string): string {
  return `hello, ${who}`;
}
export const counter = (): number => ++n;
export default 42;
