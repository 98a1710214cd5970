// std.exit flushes std.out and every open FILE, runs nothing after it and
// exits with the given status.
import * as std from "std";

const name = std.getenv("TMPDIR") + "/unflushed.txt";
const f = std.open(name, "w");
f.puts("buffered in a FILE never closed\n");
print("printed");
std.out.puts("no newline at the end");
std.err.puts("stderr\n");
// (The FILE's content after exit is checked by TestExitFlushesFiles.)
setTimeout(() => print("timer never runs"), 0);
std.exit(3);
print("not reached");
