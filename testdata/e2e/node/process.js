// args: one --two
// env: GOJSC_TEST_VAR=hello
import process2 from "node:process";
import { argv as argv2 } from "node:process";
console.log(process === process2, argv2 === process.argv);
console.log(process.argv.length, process.argv.slice(2).join(" "), typeof process.argv[0], process.argv0.length > 0);
console.log(process.env.GOJSC_TEST_VAR, "GOJSC_TEST_VAR" in process.env, process.env.NOPE_NOT_SET, "NOPE_NOT_SET" in process.env);
process.env.GOJSC_NEW = 42;
console.log(typeof process.env.GOJSC_NEW, process.env.GOJSC_NEW, Object.keys(process.env).includes("GOJSC_NEW"));
delete process.env.GOJSC_NEW;
console.log(process.env.GOJSC_NEW);
console.log(process.platform, ["x64", "arm64"].includes(process.arch), typeof process.pid, typeof process.ppid);
console.log(process.version.startsWith("v"), typeof process.versions.node);
const cwd = process.cwd();
process.chdir("/");
console.log(process.cwd());
try { process.chdir("/no/such/dir"); } catch (e) { console.log(e.code, e.syscall, e.message, e.path, e.dest, e.errno); }
try { process.chdir(5); } catch (e) { console.log(e.code, e.message); }
process.chdir(cwd);
const t = process.hrtime();
const d = process.hrtime(t);
console.log(Array.isArray(t), t.length, d[0] >= 0, typeof process.hrtime.bigint());
try { process.hrtime(1); } catch (e) { console.log(e.code, e.message); }
console.log(typeof process.uptime(), process.memoryUsage().heapUsed > 0, typeof process.memoryUsage.rss());
console.log(process.stdout.isTTY, process.stderr.isTTY, process.stdout.fd, typeof process.stdout.write);
process.stdout.write("written ");
process.stdout.write(new Uint8Array([111, 107, 10]));
console.log(Object.prototype.toString.call(process), typeof process.on, typeof process.emit);

const order = [];
Promise.resolve().then(() => order.push("promise"));
process.nextTick(() => order.push("tick1"));
process.nextTick((a, b) => { order.push("tick2 " + a + b); process.nextTick(() => order.push("tick3")); }, "x", "y");
setTimeout(() => order.push("timeout"), 0);
setTimeout(() => console.log(order.join(",")), 5);
try { process.nextTick(1); } catch (e) { console.log(e.code); }

process.on("beforeExit", (code) => console.log("beforeExit", code));
process.on("exit", (code) => { console.log("exit", code, process.exitCode); });
process.exitCode = 3;
try { process.exitCode = 1.5; } catch (e) { console.log(e.code); }
try { process.exitCode = "x"; } catch (e) { console.log(e.code); }
