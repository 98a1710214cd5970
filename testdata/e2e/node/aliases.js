import path from "node:path";
import posix from "node:path/posix";
import win32 from "node:path/win32";
import util from "node:util";
import types from "node:util/types";

console.log(posix === path.posix, win32 === path.win32, posix.join("a", "b"), win32.join("a", "b"), types === util.types);
