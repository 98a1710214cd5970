// build: signals sent to a process of its own
// A signal handler alone does not keep the process alive.
import * as os from "os";

os.signal(os.SIGUSR1, () => print("never"));
os.setTimeout(() => print("timer done"), 10);
