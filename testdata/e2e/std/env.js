// env: GOJSC_STD_A=alpha GOJSC_STD_EMPTY=
// getenv, setenv, unsetenv and getenviron.
import * as std from "std";

print("getenv:", std.getenv("GOJSC_STD_A"), JSON.stringify(std.getenv("GOJSC_STD_EMPTY")), std.getenv("GOJSC_STD_NONE"));
print("setenv returns:", std.setenv("GOJSC_STD_B", "beta"));
print("after setenv:", std.getenv("GOJSC_STD_B"));
std.setenv("GOJSC_STD_B", 42);
print("number value:", std.getenv("GOJSC_STD_B"), typeof std.getenv("GOJSC_STD_B"));
const env = std.getenviron();
print("getenviron:", env.GOJSC_STD_A, env.GOJSC_STD_B, JSON.stringify(env.GOJSC_STD_EMPTY), Object.getPrototypeOf(env) === Object.prototype);
std.unsetenv("GOJSC_STD_A");
print("after unsetenv:", std.getenv("GOJSC_STD_A"), "GOJSC_STD_A" in std.getenviron());
std.unsetenv("GOJSC_STD_NEVER_SET");
const child = std.popen("echo $GOJSC_STD_B", "r");
print("a child sees setenv:", child.getline());
child.close();
