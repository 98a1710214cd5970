// Reads the file scriptArgs[1] line by line with FILE.getline and prints
// "N lines M bytes" (M counts each line's newline).
import * as std from "std";

const err = {};
const f = std.open(scriptArgs[1], "r", err);
if (f === null) throw new Error("std.open " + scriptArgs[1] + ": errno " + err.errno);
let lines = 0;
let bytes = 0;
for (let line; (line = f.getline()) !== null; ) {
  lines++;
  bytes += line.length + 1;
}
f.close();
print(lines + " lines " + bytes + " bytes");
