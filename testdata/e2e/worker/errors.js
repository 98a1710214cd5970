// flags: -D errors_worker.js
// What a script gets wrong: a module that was not bundled, a message that
// cannot be cloned, a Worker method on another object.
import * as os from "os";

try {
  new os.Worker("./missing.js");
} catch (e) {
  print(e.name + ": " + e.message);
}
try {
  os.Worker("./errors_worker.js");
} catch (e) {
  print(e.name + ": " + e.message);
}
const w = new os.Worker("./errors_worker.js");
for (const bad of [function f() {}, { s: Symbol("x") }]) {
  try {
    w.postMessage(bad);
  } catch (e) {
    print(e.name + ": " + e.message);
  }
}
try {
  os.Worker.prototype.postMessage.call({}, 1);
} catch (e) {
  print(e.name + ": " + e.message);
}
w.onmessage = (e) => {
  print("reply:", e.data);
  w.onmessage = null;
};
w.postMessage("hello");
