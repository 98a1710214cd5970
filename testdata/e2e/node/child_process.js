import cp from "node:child_process";
import { execSync, execFileSync, spawnSync } from "child_process";

const tryit = (label, f) => {
	try {
		console.log(label, f());
	} catch (e) {
		console.log(label, "throws", e.name, e.code, JSON.stringify(e.message));
	}
};
// A result without its pid, which changes from run to run.
const shape = (r) => {
	const { pid, ...rest } = r;
	const text = (v) => (v === null || typeof v === "string" ? v : `<${Buffer.isBuffer(v) ? "Buffer" : v.constructor.name} ${new TextDecoder().decode(v)}>`);
	const out = { ...rest, pid: pid === 0 ? 0 : typeof pid };
	if (out.output) out.output = out.output.map(text);
	if ("stdout" in out) out.stdout = text(out.stdout);
	if ("stderr" in out) out.stderr = text(out.stderr);
	if (out.error) {
		const e = out.error;
		out.error = { message: e.message, errno: e.errno, code: e.code, syscall: e.syscall, path: e.path, spawnargs: e.spawnargs, keys: Object.keys(e) };
	}
	return JSON.stringify(out);
};

console.log("before any child");
console.log("ok", shape(spawnSync("sh", ["-c", "echo hi; echo err >&2; exit 3"])));
console.log("keys", Object.keys(spawnSync("true")).join());
console.log("encoding", shape(spawnSync("sh", ["-c", "printf 'héllo'"], { encoding: "utf8" })));
console.log("hex", shape(spawnSync("printf", ["ab"], { encoding: "hex" })));
console.log("signal", shape(spawnSync("sh", ["-c", "echo hi; kill -TERM $$"], { encoding: "utf8" })));
console.log("enoent", shape(spawnSync("nope-no-such-command", ["a"])));
console.log("enoent error keys", Object.keys(spawnSync("nope-no-such-command").error).join());
console.log("timeout", shape(spawnSync("sleep", ["5"], { timeout: 100 })));
console.log("timeout killSignal", shape(spawnSync("sleep", ["5"], { timeout: 100, killSignal: "SIGKILL" })));
const big = spawnSync("sh", ["-c", "echo 0123456789; sleep 5"], { maxBuffer: 5, encoding: "utf8" });
console.log("maxBuffer", big.error.message, big.error.code, big.status, big.signal);
console.log("input", shape(spawnSync("cat", { input: "from input" })));
console.log("input bytes", shape(spawnSync("wc", ["-c"], { input: new Uint8Array(100000), encoding: "utf8" })));
console.log("env cwd", shape(spawnSync("sh", ["-c", "echo $FOO; pwd"], { env: { FOO: "bar", PATH: process.env.PATH }, cwd: "/", encoding: "utf8" })));
console.log("shell", shape(spawnSync("echo", ["$((1+2))"], { shell: true, encoding: "utf8" })));
console.log("stdio ignore", shape(spawnSync("sh", ["-c", "echo out; echo err >&2"], { stdio: "ignore" })));
console.log("stdio array", shape(spawnSync("sh", ["-c", "echo out; echo err >&2"], { stdio: ["pipe", "ignore", "pipe"], encoding: "utf8" })));
console.log("stdio inherit:");
console.log("inherit", shape(spawnSync("echo", ["printed by the child"], { stdio: "inherit" })));
console.log("inherit stdout only", shape(spawnSync("sh", ["-c", "echo to stdout; echo to stderr >&2"], { stdio: ["pipe", "inherit", "pipe"], encoding: "utf8" })));

console.log("execSync", JSON.stringify(execSync("echo $((6*7))").toString()), JSON.stringify(execSync("echo hi", { encoding: "utf8" })));
console.log("execSync Buffer", Buffer.isBuffer(execSync("true")));
console.log("execSync input", execSync("tr a-z A-Z", { input: "shout" }).toString());
console.log("execFileSync", JSON.stringify(execFileSync("printf", ["%s-%s", "a", "b"], { encoding: "utf8" })), JSON.stringify(cp.execFileSync("cat", { input: Buffer.from("buf input"), encoding: "utf8" })));
try {
	execSync("echo out; echo bad >&2; exit 2", { stdio: "pipe" });
} catch (e) {
	console.log("execSync fails", JSON.stringify(e.message), Object.keys(e).join(), e.status, e.signal, String(e.stdout), String(e.stderr), e.output.length);
}
try {
	execFileSync("sh", ["-c", "exit 4"], { encoding: "utf8" });
} catch (e) {
	console.log("execFileSync fails", JSON.stringify(e.message), e.code, e.status, JSON.stringify(e.stdout));
}
try {
	execFileSync("nope-no-such-command", ["x"]);
} catch (e) {
	console.log("execFileSync enoent", e.message, e.code, e.errno, e.syscall, e.path, e.status, Object.keys(e).join(), e.error === e);
}
try {
	execSync("sleep 3", { timeout: 50 });
} catch (e) {
	console.log("execSync timeout", e.message, e.code, e.status, e.signal, e.path, JSON.stringify(e.spawnargs));
}
try {
	execSync("echo this goes to stderr >&2; exit 1");
} catch (e) {
	console.log("stderr shown and kept", JSON.stringify(e.message), String(e.stderr));
}

tryit("file number", () => spawnSync(5));
tryit("args number", () => spawnSync("sh", 5));
tryit("command number", () => execSync(5));
tryit("stdio bogus", () => spawnSync("sh", { stdio: "bogus" }));
tryit("timeout negative", () => spawnSync("sh", { timeout: -1 }));
tryit("killSignal unknown", () => spawnSync("sh", { killSignal: "SIGNOPE" }));
tryit("not yet", () => typeof cp.spawn);
console.log("done");
