// The constants os exports.
import * as os from "os";

const names = ["O_RDONLY", "O_WRONLY", "O_RDWR", "O_APPEND", "O_CREAT", "O_EXCL", "O_TRUNC",
  "S_IFMT", "S_IFIFO", "S_IFCHR", "S_IFDIR", "S_IFBLK", "S_IFREG", "S_IFSOCK", "S_IFLNK", "S_ISGID", "S_ISUID",
  "WNOHANG", "SIGINT", "SIGABRT", "SIGFPE", "SIGILL", "SIGSEGV", "SIGTERM", "SIGQUIT", "SIGPIPE", "SIGALRM",
  "SIGUSR1", "SIGUSR2", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU"];
print(names.filter(n => typeof os[n] !== "number").join(" ") || "all numbers");
print("POSIX values", os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.S_IFMT.toString(8), os.S_IFDIR.toString(8),
  os.S_IFREG.toString(8), os.WNOHANG, os.SIGINT, os.SIGKILL, os.SIGTERM, os.SIGALRM);
print("platform", typeof os.platform, os.platform.length > 0);
