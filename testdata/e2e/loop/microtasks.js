// After every callback the promise job queue is drained, before the next
// timer runs.
import * as os from "os";

const log = [];
setTimeout(() => {
  log.push("timer 1");
  Promise.resolve().then(() => log.push("job of timer 1"));
  queueMicrotask(() => log.push("microtask of timer 1"));
}, 0);
setTimeout(() => log.push("timer 2"), 0);
os.sleepAsync(5).then(() => log.push("sleepAsync"));
const id = setInterval((a, b) => {
  log.push("interval " + a + b);
  clearInterval(id);
}, 2, "x", "y");
setTimeout(() => print(log.join("\n")), 20);
Promise.resolve().then(() => log.push("job of the top level"));
