// stdin: stdin.txt
// std.in, std.out and std.err: reading stdin line by line, std.out sharing
// print's buffered writer, std.err unbuffered after a flush of stdout.
import * as std from "std";

print("fds:", std.in.fileno(), std.out.fileno(), std.err.fileno());
let line, n = 0;
while ((line = std.in.getline()) !== null) print(++n, JSON.stringify(line));
print("after EOF:", std.in.getline(), std.in.getByte(), std.in.eof(), std.in.error());
std.in.clearerr();
print("clearerr:", std.in.eof());

print("print then");
std.out.puts("puts ", 1, " ", true, " ", null, "\n");
std.puts("std.puts", "\n");
print("printf returns", std.printf("%s|%5d|%-5s|\n", "x", 42, "ab"));
print("out.printf returns", std.out.printf("%c%c\n", 0x41, "é"));
std.err.puts("to stderr\n");
std.err.printf("%d errors\n", 2);
std.out.write(new Uint8Array([104, 105, 10]).buffer, 0, 3);
std.out.putByte(0x21);
std.out.putByte(0x10a); // low byte only: "\n"
std.out.flush();
print("tell of a pipe or file is a number:", typeof std.out.tell());
print("seek on stdout:", typeof std.out.seek(0, std.SEEK_CUR));
