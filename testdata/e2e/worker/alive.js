// flags: -D alive_worker.js
// The parent's loop stays alive while a worker lives, even with nothing
// of its own to do; std.exit in a worker ends the whole program.
import * as os from "os";

print("parent's top level done");
new os.Worker("alive_worker.js");
