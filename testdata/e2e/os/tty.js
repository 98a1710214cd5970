// build: isatty on the fds of a real process
// Terminal functions when no fd is a terminal (as under the test runner).
import * as os from "os";

print("isatty", os.isatty(0), os.isatty(1), os.isatty(-1));
print("ttyGetWinSize", os.ttyGetWinSize(0), os.ttyGetWinSize(99));
print("ttySetRaw", os.ttySetRaw(0), os.ttySetRaw(99));
