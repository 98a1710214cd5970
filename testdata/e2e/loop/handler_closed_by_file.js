// Closing an fd through a std FILE drops its loop handlers, as os.close
// does: the program ends instead of waiting on a closed fd forever.
import * as os from "os";
import * as std from "std";
const [r, w] = os.pipe();
os.setReadHandler(r, () => print("never called"));
std.fdopen(r, "r").close();
os.close(w);
print("done");
