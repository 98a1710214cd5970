// Writes 1,000,000 short lines with std.out.puts.
import * as std from "std";

for (let i = 0; i < 1000000; i++) std.out.puts("line " + i + "\n");
