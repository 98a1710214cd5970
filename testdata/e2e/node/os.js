import os from "node:os";
import { EOL, platform } from "node:os";

const t = (v) => (Array.isArray(v) ? "array" : typeof v);
console.log(JSON.stringify(EOL), platform() === process.platform, os.arch() === process.arch, os.type(), os.endianness(), os.devNull);
for (const name of ["tmpdir", "homedir", "hostname", "release", "version", "machine", "uptime", "totalmem", "freemem", "availableParallelism", "loadavg", "cpus", "networkInterfaces"]) {
	console.log(name, t(os[name]()));
}
console.log(os.totalmem() > os.freemem(), os.freemem() > 0, os.uptime() > 0, os.availableParallelism() >= 1, os.loadavg().length);
const cpus = os.cpus();
console.log(cpus.length >= 1, Object.keys(cpus[0]).join(), Object.keys(cpus[0].times).join(), typeof cpus[0].model, typeof cpus[0].speed);
const u = os.userInfo();
console.log(Object.keys(u).join(), typeof u.uid, typeof u.gid, typeof u.username, u.homedir === os.homedir());
console.log(os.tmpdir().startsWith("/"), os.homedir().startsWith("/"), os.hostname().length > 0);
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_LOW);
process.env.TMPDIR = "/some/dir/";
console.log(os.tmpdir());
