// The loop side of os: timers, sleepAsync, sleep, now.
import * as os from "os";

const t0 = os.now();
os.sleep(20);
print("sleep", os.now() - t0 >= 20, typeof os.now());
const order = [];
os.setTimeout(() => order.push("b"), 100);
os.setTimeout((x, y) => order.push("a" + x + y), 50, 1, 2);
const cleared = os.setTimeout(() => order.push("cleared"), 5);
os.clearTimeout(cleared);
let ticks = 0;
const iv = os.setInterval(() => {
  order.push("tick");
  if (++ticks === 3) os.clearInterval(iv);
}, 1);
try { os.setTimeout("code", 1); } catch (e) { print(e.name); }
const t1 = os.now();
os.sleepAsync(150).then(v => {
  print("sleepAsync", v, os.now() - t1 >= 150);
  print(order.join(" "));
});
print("same functions as the globals", os.setTimeout === setTimeout || typeof setTimeout);
