// The length of every native function QuickJS has, as QuickJS reports it
// (recorded from qjs): scripts and libraries read it to count parameters.
import * as std from "std";
import * as os from "os";

const names = {
  std: ["evalScript", "exit", "fdopen", "gc", "getenv", "getenviron", "loadFile",
    "loadScript", "open", "parseExtJSON", "popen", "printf", "puts", "setenv",
    "sprintf", "strerror", "tmpfile", "unsetenv", "urlGet"],
  os: ["chdir", "clearTimeout", "close", "dup", "dup2", "exec", "getcwd", "getpid",
    "isatty", "kill", "lstat", "mkdir", "now", "open", "pipe", "read", "readdir",
    "readlink", "realpath", "remove", "rename", "seek", "setReadHandler", "setTimeout",
    "setWriteHandler", "signal", "sleep", "sleepAsync", "stat", "symlink",
    "ttyGetWinSize", "ttySetRaw", "utimes", "waitpid", "write"],
};
const mods = { std, os };
for (const [m, list] of Object.entries(names)) {
  for (const k of list) print(`${m}.${k}`, mods[m][k].length);
}
const proto = Object.getPrototypeOf(std.out);
for (const k of ["clearerr", "close", "eof", "error", "fileno", "flush", "getByte",
  "getline", "printf", "putByte", "puts", "read", "readAsString", "seek", "tell",
  "tello", "write"]) {
  print(`FILE.${k}`, proto[k].length);
}
print("print", print.length, "console.log", console.log.length);
