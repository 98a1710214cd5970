(function (binding) {
	"use strict";
	const stdioNames = ["pipe", "overlapped", "inherit", "ignore"];

	const invalidValue = (name, v) => binding.error("TypeError", "ERR_INVALID_ARG_VALUE",
		`The ${name.includes(".") ? "property" : "argument"} '${name}' is invalid. ${binding.received(v).replace(/^Received type \w+ \((.*)\)$/, "Received $1")}`);
	const outOfRange = (name, range, v) => binding.error("RangeError", "ERR_OUT_OF_RANGE",
		`The value of "${name}" is out of range. It must be ${range}. Received ${v}`);

	// stdioEntry turns one stdio entry into "pipe", "ignore" or an fd.
	function stdioEntry(s, i, all) {
		if (s === undefined || s === null || s === "pipe" || s === "overlapped") return "pipe";
		if (s === "ignore") return "ignore";
		if (s === "inherit") return i;
		if (typeof s === "number" && Number.isInteger(s) && s >= 0) return s;
		if (typeof s === "object" && typeof s.fd === "number") return s.fd;
		throw invalidValue("stdio", all);
	}

	function stdioOf(stdio) {
		if (stdio === undefined || stdio === null) return ["pipe", "pipe", "pipe"];
		if (typeof stdio === "string") {
			if (!stdioNames.includes(stdio)) throw invalidValue("stdio", stdio);
			return [0, 1, 2].map((i) => stdioEntry(stdio, i, stdio));
		}
		if (!Array.isArray(stdio)) throw invalidValue("stdio", stdio);
		return [0, 1, 2].map((i) => stdioEntry(stdio[i], i, stdio));
	}

	function signalOf(sig) {
		if (sig === undefined) return binding.signal("SIGTERM");
		if (typeof sig === "number") {
			if (binding.signalName(sig) !== "") return sig;
		} else if (typeof sig === "string") {
			const n = binding.signal(sig);
			if (n !== 0) return n;
		} else {
			throw binding.argType("options.killSignal", "string or number", sig);
		}
		throw binding.error("TypeError", "ERR_UNKNOWN_SIGNAL", `Unknown signal: ${sig}`);
	}

	function envOf(env) {
		if (env === undefined || env === null) return undefined;
		if (typeof env !== "object") throw binding.argType("options.env", "object", env);
		const pairs = [];
		for (const k in env) {
			if (env[k] !== undefined) pairs.push(`${k}=${env[k]}`);
		}
		return pairs;
	}

	// normalize checks spawnSync's arguments as Node does and returns
	// {file, args, options}.
	function normalize(file, args, options) {
		if (typeof file !== "string") throw binding.argType("file", "string", file);
		if (file.length === 0) throw invalidValue("file", file);
		if (Array.isArray(args)) {
			args = args.slice();
		} else if (args === undefined || args === null) {
			args = [];
		} else if (typeof args !== "object") {
			throw binding.argType("args", "object", args);
		} else {
			options = args;
			args = [];
		}
		if (options === undefined || options === null) options = {};
		else if (typeof options !== "object") throw binding.argType("options", "object", options);
		for (const a of args) {
			if (typeof a !== "string") throw binding.argType("args", "string[]", a);
		}
		if (options.shell) {
			const command = [file, ...args].join(" ");
			file = typeof options.shell === "string" ? options.shell : "/bin/sh";
			args = ["-c", command];
		}
		return { file, args, options };
	}

	function run(file, args, options, defaultEncoding) {
		const { cwd, input, timeout, maxBuffer } = options;
		if (cwd !== undefined && cwd !== null && typeof cwd !== "string") {
			throw binding.argType("options.cwd", "string or an instance of Buffer or URL", cwd);
		}
		if (timeout !== undefined && timeout !== null && !(Number.isInteger(timeout) && timeout >= 0)) {
			throw outOfRange("timeout", "an unsigned integer", timeout);
		}
		if (maxBuffer !== undefined && maxBuffer !== null && !(typeof maxBuffer === "number" && maxBuffer >= 0)) {
			throw outOfRange("options.maxBuffer", "a non-negative number", maxBuffer);
		}
		let encoding = options.encoding === undefined || options.encoding === null ? defaultEncoding : options.encoding;
		if (typeof encoding !== "string") throw binding.argType("options.encoding", "string", encoding);
		let inputBytes;
		if (input !== undefined && input !== null) {
			if (typeof input === "string") inputBytes = new TextEncoder().encode(input);
			else if (binding.isBytes(input)) inputBytes = input;
			else throw binding.argType("options.stdio[0]", "string or an instance of Buffer, TypedArray, or DataView", input);
		}
		const r = binding.run({
			file,
			argv: [typeof options.argv0 === "string" ? options.argv0 : file, ...args],
			cwd: cwd === null ? undefined : cwd,
			env: envOf(options.env),
			stdio: stdioOf(options.stdio),
			input: inputBytes,
			timeout: timeout || 0,
			killSignal: signalOf(options.killSignal),
			maxBuffer: maxBuffer === undefined || maxBuffer === null ? 1024 * 1024 : maxBuffer,
			encoding,
		});
		const result = {};
		if (r.errno !== undefined) {
			const code = binding.errnoName(-r.errno);
			const err = new Error(`spawnSync ${file} ${code}`);
			err.errno = r.errno;
			err.code = code;
			err.syscall = `spawnSync ${file}`;
			err.path = file;
			err.spawnargs = args;
			result.error = err;
		}
		if (r.pid === 0) {
			Object.assign(result, { status: null, signal: null, output: null, pid: 0, stdout: null, stderr: null });
			return result;
		}
		result.status = r.status;
		result.signal = r.signal;
		result.output = [null, r.stdout, r.stderr];
		result.pid = r.pid;
		result.stdout = r.stdout;
		result.stderr = r.stderr;
		return result;
	}

	function spawnSync(file, args, options) {
		const n = normalize(file, args, options);
		return run(n.file, n.args, n.options, "buffer");
	}

	// checked returns an exec function's result, or throws Node's error
	// for a child that failed to start, was killed or exited non-zero.
	function checked(ret, options, command) {
		// Without a stdio option, the child's stderr is collected and also
		// shown on ours.
		if (options.stdio === undefined && ret.stderr && ret.stderr.length > 0) binding.writeErr(ret.stderr);
		let err;
		if (ret.error) {
			err = ret.error;
			Object.assign(err, ret);
		} else if (ret.status !== 0) {
			let msg = `Command failed: ${command}`;
			if (ret.stderr && ret.stderr.length > 0) {
				msg += `\n${typeof ret.stderr === "string" ? ret.stderr : binding.decode(ret.stderr, "utf8")}`;
			}
			err = new Error(msg);
			Object.assign(err, ret);
		}
		if (err) throw err;
		return ret.stdout;
	}

	function execSync(command, options) {
		if (typeof command !== "string") throw binding.argType("command", "string", command);
		if (options === undefined || options === null) options = {};
		const n = normalize(command, [], { ...options, shell: options.shell || true });
		return checked(run(n.file, n.args, options, "buffer"), options, command);
	}

	function execFileSync(file, args, options) {
		const n = normalize(file, args, options);
		const ret = run(n.file, n.args, n.options, "buffer");
		return checked(ret, n.options, [file, ...(Array.isArray(args) ? args : [])].join(" "));
	}

	const notYet = (name) => function () {
		throw binding.error("Error", "ERR_METHOD_NOT_IMPLEMENTED", `The ${name}() method is not implemented`);
	};

	return {
		execFileSync,
		execSync,
		spawnSync,
		exec: notYet("exec"),
		execFile: notYet("execFile"),
		fork: notYet("fork"),
		spawn: notYet("spawn"),
	};
});
