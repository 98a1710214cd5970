(function (b) {
	"use strict";
	const customInspect = Symbol.for("nodejs.util.inspect.custom");
	const customPromisify = Symbol.for("nodejs.util.promisify.custom");
	const toStr = Object.prototype.toString;
	const tagOf = (v) => toStr.call(v).slice(8, -1);

	// brand(fn, v) is true when calling fn with v as this does not throw:
	// the built-ins' own methods check their receiver's internal slots,
	// which Symbol.toStringTag cannot fake.
	function brand(fn, v) {
		if (v === null || typeof v !== "object") return false;
		try {
			fn.call(v);
			return true;
		} catch {
			return false;
		}
	}
	const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
	const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get;
	const dvByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, "byteLength").get;
	const typedArrayName = (v) => (v !== null && typeof v === "object" ? typedArrayTag.call(v) : undefined);

	const types = {
		isDate: (v) => brand(Date.prototype.getTime, v),
		isRegExp: (v) => b.className(v) === "RegExp",
		isMap: (v) => brand(Map.prototype.has, v),
		isSet: (v) => brand(Set.prototype.has, v),
		isWeakMap: (v) => brand(WeakMap.prototype.has, v),
		isWeakSet: (v) => brand(WeakSet.prototype.has, v),
		isPromise: (v) => b.isPromise(v),
		isProxy: (v) => b.isProxy(v),
		isNativeError: (v) => b.className(v) === "Error",
		isArgumentsObject: (v) => b.className(v) === "Arguments",
		isTypedArray: (v) => typedArrayName(v) !== undefined,
		isArrayBuffer: (v) => brand(abByteLength, v),
		isAnyArrayBuffer: (v) => brand(abByteLength, v),
		isSharedArrayBuffer: () => false,
		isDataView: (v) => brand(dvByteLength, v),
		isArrayBufferView: (v) => ArrayBuffer.isView(v),
		isNumberObject: (v) => b.className(v) === "Number",
		isStringObject: (v) => b.className(v) === "String",
		isBooleanObject: (v) => b.className(v) === "Boolean",
		isBigIntObject: (v) => brand(BigInt.prototype.valueOf, v),
		isSymbolObject: (v) => brand(Symbol.prototype.valueOf, v),
		isAsyncFunction: (v) => typeof v === "function" && tagOf(v) === "AsyncFunction",
		isGeneratorFunction: (v) => typeof v === "function" && (tagOf(v) === "GeneratorFunction" || tagOf(v) === "AsyncGeneratorFunction"),
		isGeneratorObject: (v) => v !== null && typeof v === "object" && (tagOf(v) === "Generator" || tagOf(v) === "AsyncGenerator"),
		isMapIterator: (v) => v !== null && typeof v === "object" && tagOf(v) === "Map Iterator",
		isSetIterator: (v) => v !== null && typeof v === "object" && tagOf(v) === "Set Iterator",
		isModuleNamespaceObject: (v) => v !== null && typeof v === "object" && tagOf(v) === "Module" && Object.getPrototypeOf(v) === null,
		isExternal: () => false,
		isKeyObject: () => false,
		isCryptoKey: () => false,
	};
	types.isBoxedPrimitive = (v) => types.isNumberObject(v) || types.isStringObject(v) || types.isBooleanObject(v) || types.isBigIntObject(v) || types.isSymbolObject(v);
	for (const name of ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"]) {
		types["is" + name] = (v) => typedArrayName(v) === name;
	}

	// ---- inspect ----

	const defaults = {
		showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
		maxArrayLength: 100, maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false, numericSeparator: false,
	};
	const colors = {
		bold: [1, 22], italic: [3, 23], underline: [4, 24], inverse: [7, 27], white: [37, 39], grey: [90, 39], gray: [90, 39], black: [30, 39],
		blue: [34, 39], cyan: [36, 39], green: [32, 39], magenta: [35, 39], red: [31, 39], yellow: [33, 39], dim: [2, 22], strikethrough: [9, 29],
		hidden: [8, 28], blink: [5, 25], doubleunderline: [21, 24], framed: [51, 54], overlined: [53, 55],
		redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39],
		bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49], bgGray: [100, 49],
	};
	const styles = {
		special: "cyan", number: "yellow", bigint: "yellow", boolean: "yellow", undefined: "grey", null: "bold", string: "green", symbol: "green", date: "magenta", regexp: "red", module: "underline",
	};
	const ansi = /\u001b\[\d+(?:;\d+)*m/g;
	const width = (s) => s.replace(ansi, "").length;

	function inspect(value, opts) {
		const ctx = Object.assign({}, defaults, { seen: [], circular: new Map(), indentationLvl: 0, currentDepth: 0 });
		if (arguments.length > 1 && typeof opts === "boolean") {
			ctx.showHidden = opts;
			if (arguments.length > 2 && arguments[2] !== undefined) ctx.depth = arguments[2];
			if (arguments.length > 3) ctx.colors = !!arguments[3];
		} else if (opts !== undefined && opts !== null) {
			if (typeof opts !== "object") throw b.argType("options", "object", opts);
			for (const k of Object.keys(opts)) {
				if (k in defaults || k === "stylize") ctx[k] = opts[k];
			}
		}
		if (ctx.depth === null) ctx.depth = Infinity;
		if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
		if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
		ctx.stylize = ctx.colors ? stylizeColor : (s) => s;
		return formatValue(ctx, value, 0, true);
	}
	inspect.custom = customInspect;
	Object.defineProperty(inspect, "defaultOptions", {
		get: () => Object.assign({}, defaults),
		set(o) {
			if (o === null || typeof o !== "object") throw b.argType("options", "object", o);
			Object.assign(defaults, o);
		},
	});
	inspect.colors = Object.assign(Object.create(null), colors);
	inspect.styles = Object.assign(Object.create(null), styles);

	function stylizeColor(s, style) {
		const c = colors[inspect.styles[style]];
		return c ? `\u001b[${c[0]}m${s}\u001b[${c[1]}m` : s;
	}

	const identRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

	function quote(s, ctx) {
		let q = "'";
		if (s.includes("'")) {
			if (!s.includes('"')) q = '"';
			else if (!s.includes("`") && !s.includes("${")) q = "`";
		}
		let out = "";
		for (const ch of s) {
			const c = ch.codePointAt(0);
			if (ch === q || ch === "\\") out += "\\" + ch;
			else if (ch === "\n") out += "\\n";
			else if (ch === "\t") out += "\\t";
			else if (ch === "\r") out += "\\r";
			else if (ch === "\b") out += "\\b";
			else if (ch === "\f") out += "\\f";
			else if (ch === "\v") out += "\\v";
			else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).toUpperCase().padStart(2, "0");
			else out += ch;
		}
		return ctx.stylize(q + out + q, "string");
	}

	function formatNumber(ctx, n) {
		return ctx.stylize(Object.is(n, -0) ? "-0" : String(n), "number");
	}

	function formatPrimitive(ctx, v) {
		switch (typeof v) {
			case "string": {
				let s = v;
				let more = "";
				if (s.length > ctx.maxStringLength) {
					more = `... ${s.length - ctx.maxStringLength} more character${s.length - ctx.maxStringLength > 1 ? "s" : ""}`;
					s = s.slice(0, ctx.maxStringLength);
				}
				return quote(s, ctx) + more;
			}
			case "number": return formatNumber(ctx, v);
			case "bigint": return ctx.stylize(v + "n", "bigint");
			case "boolean": return ctx.stylize(String(v), "boolean");
			case "undefined": return ctx.stylize("undefined", "undefined");
			case "symbol": return ctx.stylize(v.toString(), "symbol");
		}
		return ctx.stylize("null", "null");
	}

	function formatValue(ctx, v, level, top) {
		if (v === null || (typeof v !== "object" && typeof v !== "function")) return formatPrimitive(ctx, v);
		if (ctx.customInspect) {
			const fn = v[customInspect];
			if (typeof fn === "function" && fn !== inspect && !(Object.getOwnPropertyDescriptor(v, "constructor") && v.constructor.prototype === v)) {
				const depth = ctx.depth - level;
				const opts = Object.assign({}, ctx, { depth });
				const r = fn.call(v, depth, opts, inspect);
				if (r !== v) {
					if (typeof r !== "string") return formatValue(ctx, r, level);
					return r.replaceAll("\n", "\n" + " ".repeat(ctx.indentationLvl));
				}
			}
		}
		if (ctx.seen.includes(v)) {
			let idx = ctx.circular.get(v);
			if (idx === undefined) {
				idx = ctx.circular.size + 1;
				ctx.circular.set(v, idx);
			}
			return ctx.stylize(`[Circular *${idx}]`, "special");
		}
		return formatRaw(ctx, v, level, top);
	}

	function constructorName(v) {
		let o = v;
		while (o !== null && o !== undefined) {
			const d = Object.getOwnPropertyDescriptor(o, "constructor");
			if (d && typeof d.value === "function" && d.value.name !== "") return d.value.name;
			o = Object.getPrototypeOf(o);
		}
		return null;
	}

	function prefix(ctor, tag, fallback, size) {
		if (ctor === null) {
			return `[${fallback}${size !== undefined ? `(${size})` : ""}: null prototype] ` + (tag !== "" && tag !== fallback ? `[${tag}] ` : "");
		}
		return `${ctor}${size !== undefined ? `(${size})` : ""} ` + (tag !== "" && tag !== ctor ? `[${tag}] ` : "");
	}

	function fnBase(ctx, v, ctor) {
		const src = Function.prototype.toString.call(v);
		if (src.startsWith("class") && /^class\b/.test(src)) {
			let s = "[class " + (v.name || "(anonymous)");
			const sup = Object.getPrototypeOf(v);
			if (sup && sup.name) s += " extends " + sup.name;
			else if (ctor === null) s += " extends [null prototype]";
			return ctx.stylize(s + "]", "special");
		}
		let kind = "Function";
		const tag = tagOf(v);
		if (tag === "AsyncFunction" || tag === "GeneratorFunction" || tag === "AsyncGeneratorFunction") kind = tag;
		let s = "[" + kind + (v.name ? ": " + v.name : " (anonymous)") + "]";
		if (ctor === null) s += " [null prototype]";
		return ctx.stylize(s, "special");
	}

	function errorBase(v, ctor, keys) {
		let stack = typeof v.stack === "string" && v.stack !== "" ? v.stack : Error.prototype.toString.call(v);
		const name = v.name !== undefined ? String(v.name) : "Error";
		const msg = v.message !== undefined ? String(v.message) : "";
		// A stack from an error whose name was changed after it was made
		// starts with the old name: Node shows the constructor's name too.
		if (ctor !== null && ctor !== name && stack.startsWith(name) && !stack.includes(ctor)) {
			stack = `${ctor} [${name}]` + stack.slice(name.length);
		}
		if (msg !== "" && !stack.includes(msg) && keys) {
			// keep as is
		}
		if (keys) {
			const i = keys.indexOf("message");
			if (i >= 0 && stack.includes(msg)) keys.splice(i, 1);
		}
		return stack;
	}

	function ownKeys(v, ctx) {
		const keys = ctx.showHidden ? Object.getOwnPropertyNames(v) : Object.keys(v);
		const syms = Object.getOwnPropertySymbols(v).filter((s) => ctx.showHidden || Object.prototype.propertyIsEnumerable.call(v, s));
		return keys.concat(syms);
	}

	function formatRaw(ctx, v, level, top) {
		const ctor = constructorName(v);
		let tag = v[Symbol.toStringTag];
		if (typeof tag !== "string") tag = "";
		let keys;
		let base = "";
		let braces = ["{", "}"];
		let formatter = null; // returns the entries before the keys
		let arrayLike = false;
		let noEntries = false;
		const isArr = Array.isArray(v);
		const ta = typedArrayName(v);
		if (isArr) {
			keys = ownKeys(v, ctx).filter((k) => typeof k !== "string" || !isIndex(k, v.length));
			if (ctx.showHidden) keys = keys.filter((k) => k !== "length");
			const p = ctor !== "Array" || tag !== "" ? prefix(ctor, tag, "Array", v.length) : "";
			braces = [p + "[", "]"];
			if (v.length === 0 && keys.length === 0) return braces[0] + "]";
			arrayLike = true;
			formatter = () => formatArray(ctx, v, level);
			if (ctx.showHidden) keys.unshift("length");
		} else if (types.isSet(v)) {
			const size = Set.prototype.has.call(v) !== undefined && Object.getOwnPropertyDescriptor(Set.prototype, "size").get.call(v);
			keys = ownKeys(v, ctx);
			braces = [prefix(ctor, tag, "Set", size) + "{", "}"];
			if (size === 0 && keys.length === 0) return braces[0] + "}";
			formatter = () => {
				const out = [];
				ctx.indentationLvl += 2;
				for (const x of Set.prototype.values.call(v)) out.push(formatValue(ctx, x, level + 1));
				ctx.indentationLvl -= 2;
				return out;
			};
		} else if (types.isMap(v)) {
			const size = Object.getOwnPropertyDescriptor(Map.prototype, "size").get.call(v);
			keys = ownKeys(v, ctx);
			braces = [prefix(ctor, tag, "Map", size) + "{", "}"];
			if (size === 0 && keys.length === 0) return braces[0] + "}";
			formatter = () => {
				const out = [];
				ctx.indentationLvl += 2;
				for (const [k, x] of Map.prototype.entries.call(v)) out.push(formatValue(ctx, k, level + 1) + " => " + formatValue(ctx, x, level + 1));
				ctx.indentationLvl -= 2;
				return out;
			};
		} else if (ta !== undefined) {
			keys = ownKeys(v, ctx).filter((k) => typeof k !== "string" || !isIndex(k, v.length));
			if (ctor === "Buffer") {
				const hex = Array.from(v.subarray(0, 50), (x) => x.toString(16).padStart(2, "0")).join(" ");
				return `<Buffer${hex ? " " + hex : ""}${v.length > 50 ? ` ... ${v.length - 50} more byte${v.length - 50 > 1 ? "s" : ""}` : ""}>`;
			}
			braces = [prefix(ctor, tag === ctor ? "" : tag, ta, v.length) + "[", "]"];
			if (v.length === 0 && keys.length === 0) return braces[0] + "]";
			arrayLike = true;
			formatter = () => {
				const out = [];
				const n = Math.min(v.length, ctx.maxArrayLength);
				for (let i = 0; i < n; i++) out.push(formatPrimitive(ctx, v[i]));
				if (v.length > n) out.push(moreItems(v.length - n));
				return out;
			};
		} else {
			keys = ownKeys(v, ctx);
			if (typeof v === "function") {
				base = fnBase(ctx, v, ctor);
				keys = keys.filter((k) => !(ctx.showHidden && (k === "length" || k === "name" || k === "prototype" || k === "arguments" || k === "caller")));
				if (keys.length === 0) return base;
			} else if (types.isRegExp(v)) {
				base = ctx.stylize(RegExp.prototype.toString.call(v), "regexp");
				if (ctor !== "RegExp") base = `${prefix(ctor, "", "RegExp")}${base}`;
				keys = keys.filter((k) => k !== "lastIndex");
				if (keys.length === 0) return base;
			} else if (types.isDate(v)) {
				const t = Date.prototype.getTime.call(v);
				base = ctx.stylize(Number.isNaN(t) ? "Invalid Date" : Date.prototype.toISOString.call(v), "date");
				if (ctor !== "Date") base = `${prefix(ctor, "", "Date")}${base}`;
				if (keys.length === 0) return base;
			} else if (types.isNativeError(v) || v instanceof Error) {
				base = errorBase(v, ctor, keys);
				keys = keys.filter((k) => k !== "stack");
				if (keys.length === 0) return base;
				base = base.replaceAll("\n", "\n" + " ".repeat(ctx.indentationLvl));
			} else if (b.className(v) === "Arguments") {
				braces = ["[Arguments] [", "]"];
				keys = keys.filter((k) => typeof k !== "string" || !isIndex(k, v.length));
				if (v.length === 0 && keys.length === 0) return "[Arguments] []";
				arrayLike = true;
				formatter = () => formatArray(ctx, v, level);
			} else if (types.isBoxedPrimitive(v)) {
				let inner;
				let kind;
				if (types.isNumberObject(v)) [kind, inner] = ["Number", formatNumber(ctx, Number.prototype.valueOf.call(v))];
				else if (types.isStringObject(v)) {
					[kind, inner] = ["String", formatPrimitive(ctx, String.prototype.valueOf.call(v))];
					keys = keys.filter((k) => typeof k !== "string" || !isIndex(k, v.length));
				} else if (types.isBooleanObject(v)) [kind, inner] = ["Boolean", String(Boolean.prototype.valueOf.call(v))];
				else if (types.isBigIntObject(v)) [kind, inner] = ["BigInt", BigInt.prototype.valueOf.call(v) + "n"];
				else [kind, inner] = ["Symbol", Symbol.prototype.valueOf.call(v).toString()];
				base = `[${kind}${ctor !== kind ? ` (${ctor})` : ""}: ${inner}]`;
				if (keys.length === 0) return base;
			} else if (b.isPromise(v)) {
				braces = [prefix(ctor, tag === "Promise" ? "" : tag, "Promise") + "{", "}"];
				formatter = () => {
					const st = b.promiseState(v);
					if (st.state === "pending") return [ctx.stylize("<pending>", "special")];
					ctx.indentationLvl += 2;
					const r = formatValue(ctx, st.value, level + 1);
					ctx.indentationLvl -= 2;
					return [st.state === "rejected" ? ctx.stylize("<rejected>", "special") + " " + r : r];
				};
			} else if (types.isWeakMap(v) || types.isWeakSet(v)) {
				braces = [prefix(ctor, tag, types.isWeakMap(v) ? "WeakMap" : "WeakSet") + "{", "}"];
				formatter = () => [ctx.stylize("<items unknown>", "special")];
			} else if (types.isArrayBuffer(v)) {
				const bytes = new Uint8Array(v);
				braces = [prefix(ctor, "", "ArrayBuffer") + "{", "}"];
				formatter = () => {
					const hex = Array.from(bytes.subarray(0, 50), (x) => x.toString(16).padStart(2, "0")).join(" ");
					return [`${ctx.stylize("[Uint8Contents]", "special")}: <${hex}${bytes.length > 50 ? ` ... ${bytes.length - 50} more byte${bytes.length - 50 > 1 ? "s" : ""}` : ""}>`, `byteLength: ${formatNumber(ctx, bytes.length)}`];
				};
			} else if (types.isMapIterator(v) || types.isSetIterator(v)) {
				braces = [`[${tag}] {`, "}"];
				noEntries = true;
			} else {
				if (ctor === "Object") {
					if (tag !== "") braces[0] = `Object [${tag}] {`;
				} else {
					braces[0] = prefix(ctor, tag, "Object") + "{";
				}
				if (keys.length === 0) return braces[0] + "}";
			}
		}
		if (level > ctx.depth && ctx.depth !== Infinity) {
			let name = ctor === null ? "Object: null prototype" : (ctor || tag || "Object");
			if (isArr) name = "Array";
			return ctx.stylize(`[${name}]`, "special");
		}
		ctx.seen.push(v);
		ctx.currentDepth = level;
		let output = [];
		try {
			if (formatter) output = formatter();
			if (noEntries) output = [];
			for (const k of keys) output.push(formatProperty(ctx, v, level, k, arrayLike));
		} finally {
			ctx.seen.pop();
		}
		const ref = ctx.circular.get(v);
		if (ref !== undefined) {
			const r = ctx.stylize(`<ref *${ref}>`, "special");
			if (base === "") braces[0] = `${r} ${braces[0]}`;
			else base = `${r} ${base}`;
		}
		if (ctx.sorted) {
			const cmp = typeof ctx.sorted === "function" ? ctx.sorted : undefined;
			if (arrayLike) {
				// entries keep their order; only the keys would be sorted
			} else output.sort(cmp);
		}
		return reduceToSingleString(ctx, output, base, braces, arrayLike, level, v);
	}

	function isIndex(k, len) {
		if (!/^(?:0|[1-9][0-9]*)$/.test(k)) return false;
		return Number(k) < len || Number(k) < 4294967295;
	}

	const moreItems = (n) => `... ${n} more item${n > 1 ? "s" : ""}`;

	function formatArray(ctx, v, level) {
		const out = [];
		const len = v.length;
		let shown = 0;
		let i = 0;
		for (; i < len && shown < ctx.maxArrayLength; shown++) {
			if (!Object.prototype.hasOwnProperty.call(v, i)) {
				let j = i;
				while (j < len && !Object.prototype.hasOwnProperty.call(v, j)) j++;
				const n = j - i;
				out.push(ctx.stylize(`<${n} empty item${n > 1 ? "s" : ""}>`, "undefined"));
				i = j;
				continue;
			}
			out.push(formatProperty(ctx, v, level, i, true, true));
			i++;
		}
		if (i < len) out.push(moreItems(len - i));
		return out;
	}

	function formatProperty(ctx, v, level, key, arrayLike, isElement) {
		let str;
		const desc = Object.getOwnPropertyDescriptor(v, key) || { value: v[key], enumerable: true };
		if (desc.value !== undefined || !("get" in desc)) {
			ctx.indentationLvl += 2;
			str = formatValue(ctx, desc.value, level + 1);
			ctx.indentationLvl -= 2;
		} else if (desc.get !== undefined) {
			if (ctx.getters) {
				let r;
				try {
					r = desc.get.call(v);
				} catch (e) {
					r = e;
				}
				ctx.indentationLvl += 2;
				const s = formatValue(ctx, r, level + 1);
				ctx.indentationLvl -= 2;
				str = ctx.stylize(`[Getter${desc.set !== undefined ? "/Setter" : ""}:`, "special") + " " + s + ctx.stylize("]", "special");
			} else {
				str = ctx.stylize(desc.set !== undefined ? "[Getter/Setter]" : "[Getter]", "special");
			}
		} else {
			str = ctx.stylize(desc.set !== undefined ? "[Setter]" : "undefined", desc.set !== undefined ? "special" : "undefined");
		}
		if (isElement) return str;
		let name;
		if (typeof key === "symbol") name = `[${ctx.stylize(key.toString(), "symbol")}]`;
		else if (desc.enumerable === false) name = `[${key}]`;
		else if (identRe.test(key)) name = ctx.stylize(key, "name");
		else name = quote(key, ctx);
		return `${name}: ${str}`;
	}

	// groupRows lays out many short array entries in aligned columns, as
	// Node does for arrays of more than six entries.
	function groupRows(ctx, output, value) {
		let total = 0;
		let maxLen = 0;
		let n = output.length;
		if (ctx.maxArrayLength < output.length) n--; // the "more items" entry stays on its own line
		const lens = [];
		for (let i = 0; i < n; i++) {
			const l = width(output[i]);
			lens.push(l);
			total += l + 2;
			if (l > maxLen) maxLen = l;
		}
		const cell = maxLen + 2;
		if (cell * 3 + ctx.indentationLvl >= ctx.breakLength || (total / cell <= 5 && maxLen > 6)) return output;
		const bias = Math.sqrt(cell - total / output.length);
		const biased = Math.max(cell - 3 - bias, 1);
		const cols = Math.min(Math.round(Math.sqrt(2.5 * biased * n) / biased), Math.floor((ctx.breakLength - ctx.indentationLvl) / cell), ctx.compact * 4, 15);
		if (cols <= 1) return output;
		const colWidth = [];
		for (let c = 0; c < cols; c++) {
			let w = 0;
			for (let j = c; j < n; j += cols) if (lens[j] > w) w = lens[j];
			colWidth.push(w + 2);
		}
		let numeric = value !== undefined;
		if (numeric) {
			for (let i = 0; i < n; i++) {
				const x = value[i];
				if (typeof x !== "number" && typeof x !== "bigint") {
					numeric = false;
					break;
				}
			}
		}
		const rows = [];
		for (let i = 0; i < n; i += cols) {
			const end = Math.min(i + cols, n);
			let line = "";
			let j = i;
			for (; j < end - 1; j++) {
				const pad = colWidth[j - i] + output[j].length - lens[j];
				line += numeric ? `${output[j]}, `.padStart(pad) : `${output[j]}, `.padEnd(pad);
			}
			if (numeric) line += output[j].padStart(colWidth[j - i] + output[j].length - lens[j] - 2);
			else line += output[j];
			rows.push(line);
		}
		if (n < output.length) rows.push(output[n]);
		return rows;
	}

	function reduceToSingleString(ctx, output, base, braces, arrayLike, level, value) {
		if (ctx.compact !== true) {
			if (typeof ctx.compact === "number" && ctx.compact >= 1) {
				const entries = output.length;
				if (arrayLike && entries > 6) output = groupRows(ctx, output, value);
				if (ctx.currentDepth - level < ctx.compact && entries === output.length) {
					const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
					if (fits(ctx, output, start, base)) {
						const joined = output.join(", ");
						if (!joined.includes("\n")) return `${base ? base + " " : ""}${braces[0]} ${joined} ${braces[1]}`;
					}
				}
			}
			const ind = "\n" + " ".repeat(ctx.indentationLvl);
			return `${base ? base + " " : ""}${braces[0]}${ind}  ${output.join(`,${ind}  `)}${ind}${braces[1]}`;
		}
		if (fits(ctx, output, 0, base)) return `${braces[0]}${base ? " " + base : ""} ${output.join(", ")} ${braces[1]}`;
		const ind = "\n" + " ".repeat(ctx.indentationLvl);
		return `${base ? base + " " : ""}${braces[0]}${ind}  ${output.join(`,${ind}  `)}${ind}${braces[1]}`;
	}

	function fits(ctx, output, start, base) {
		let total = output.length + start;
		if (total + output.length > ctx.breakLength) return false;
		for (const s of output) {
			total += width(s);
			if (total > ctx.breakLength) return false;
		}
		return base === "" || !base.includes("\n");
	}

	// ---- format ----

	function hasOwnToString(v) {
		let o = v;
		while (o !== null && o !== Object.prototype) {
			if (Object.prototype.hasOwnProperty.call(o, "toString")) {
				// The built-ins' own toString (Error, Date, Array, ...) does not count.
				const ctor = Object.getOwnPropertyDescriptor(o, "constructor");
				return !(ctor && typeof ctor.value === "function" && ctor.value.prototype === o && /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(ctor.value)));
			}
			o = Object.getPrototypeOf(o);
		}
		return false;
	}

	function formatWithOptions(opts, ...args) {
		if (opts === null || typeof opts !== "object") throw b.argType("inspectOptions", "object", opts);
		return doFormat(opts, args);
	}

	function format(...args) {
		return doFormat(undefined, args);
	}

	function doFormat(opts, args) {
		const first = args[0];
		let a = 0;
		let out = "";
		let join = "";
		const ins = (v, extra) => inspect(v, Object.assign({}, opts, extra));
		if (typeof first === "string") {
			if (args.length === 1) return first;
			let last = 0;
			for (let i = 0; i < first.length - 1; i++) {
				if (first.charCodeAt(i) !== 37) continue; // '%'
				const c = first[i + 1];
				if (a + 1 !== args.length) {
					let s;
					switch (c) {
						case "s": {
							const v = args[++a];
							if (typeof v === "number") s = formatNumber({ stylize: (x) => x }, v);
							else if (typeof v === "bigint") s = v + "n";
							else if (v !== null && typeof v === "object" && !hasOwnToString(v)) s = ins(v, { depth: 0, colors: false, compact: 3 });
							else s = String(v);
							break;
						}
						case "j":
							s = tryStringify(args[++a]);
							break;
						case "d": {
							const v = args[++a];
							if (typeof v === "bigint") s = v + "n";
							else if (typeof v === "symbol") s = "NaN";
							else s = formatNumber({ stylize: (x) => x }, Number(v));
							break;
						}
						case "O":
							s = ins(args[++a]);
							break;
						case "o":
							s = ins(args[++a], { showHidden: true, showProxy: true, depth: 4 });
							break;
						case "i": {
							const v = args[++a];
							if (typeof v === "bigint") s = v + "n";
							else if (typeof v === "symbol") s = "NaN";
							else s = formatNumber({ stylize: (x) => x }, Number.parseInt(v));
							break;
						}
						case "f": {
							const v = args[++a];
							s = typeof v === "symbol" ? "NaN" : formatNumber({ stylize: (x) => x }, Number.parseFloat(v));
							break;
						}
						case "c":
							a++;
							s = "";
							break;
						case "%":
							out += first.slice(last, i);
							last = i + 1;
							continue;
						default:
							continue;
					}
					if (last !== i) out += first.slice(last, i);
					out += s;
					last = i + 2;
					i++;
				} else if (c === "%") {
					out += first.slice(last, i);
					last = i + 1;
				}
			}
			if (last !== 0) {
				a++;
				join = " ";
				if (last < first.length) out += first.slice(last);
			}
		}
		for (; a < args.length; a++) {
			const v = args[a];
			out += join + (typeof v === "string" ? v : ins(v));
			join = " ";
		}
		return out;
	}

	function tryStringify(v) {
		try {
			return JSON.stringify(v);
		} catch (e) {
			if (e instanceof TypeError && /circular/i.test(e.message)) return "[Circular]";
			throw e;
		}
	}

	// ---- functions ----

	function promisify(original) {
		if (typeof original !== "function") throw b.argType("original", "function", original);
		if (original[customPromisify]) {
			const fn = original[customPromisify];
			if (typeof fn !== "function") throw b.argType("util.promisify.custom", "function", fn);
			return Object.defineProperty(fn, customPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
		}
		function fn(...args) {
			return new Promise((resolve, reject) => {
				Reflect.apply(original, this, [...args, (err, ...values) => {
					if (err) return reject(err);
					resolve(values[0]);
				}]);
			});
		}
		Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
		Object.defineProperty(fn, customPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
		const descs = Object.getOwnPropertyDescriptors(original);
		for (const k of Reflect.ownKeys(descs)) {
			if (k === "length" || k === "name" || k === "prototype") continue;
			try {
				Object.defineProperty(fn, k, descs[k]);
			} catch {
				// a property the new function cannot take is left out
			}
		}
		return fn;
	}
	promisify.custom = customPromisify;

	function callbackify(original) {
		if (typeof original !== "function") throw b.argType("original", "function", original);
		function callbackified(...args) {
			const cb = args.pop();
			if (typeof cb !== "function") throw b.argType("last argument", "function", cb);
			const onRejected = (reason) => {
				if (!reason) {
					const err = new Error("Promise was rejected with falsy value");
					err.code = "ERR_FALSY_VALUE_REJECTION";
					err.reason = reason;
					reason = err;
				}
				return cb(reason);
			};
			Reflect.apply(original, this, args).then((v) => b.nextTick(() => cb(null, v)), (r) => b.nextTick(() => onRejected(r)));
		}
		const descs = Object.getOwnPropertyDescriptors(original);
		if (typeof descs.length.value === "number") descs.length.value++;
		if (typeof descs.name.value === "string") descs.name.value += "Callbackified";
		delete descs.prototype;
		Object.defineProperties(callbackified, descs);
		return callbackified;
	}

	function inherits(ctor, superCtor) {
		if (ctor === undefined || ctor === null) throw b.argType("ctor", "function", ctor);
		if (superCtor === undefined || superCtor === null) throw b.argType("superCtor", "function", superCtor);
		if (superCtor.prototype === undefined) throw b.argType("superCtor.prototype", "object", superCtor.prototype);
		Object.defineProperty(ctor, "super_", { value: superCtor, writable: true, configurable: true });
		Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
	}

	const warnedCodes = new Set();
	function deprecate(fn, msg, code) {
		if (typeof fn !== "function") throw b.argType("fn", "function", fn);
		if (code !== undefined && typeof code !== "string") throw b.argType("code", "string", code);
		let warned = false;
		function deprecated(...args) {
			if (!warned && !b.noDeprecation()) {
				warned = true;
				if (code === undefined || !warnedCodes.has(code)) {
					if (code !== undefined) warnedCodes.add(code);
					b.warn(`${code !== undefined ? `[${code}] ` : ""}DeprecationWarning: ${msg}`);
				}
			}
			return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
		}
		Object.setPrototypeOf(deprecated, fn);
		if (fn.prototype) deprecated.prototype = fn.prototype;
		return deprecated;
	}

	// ---- isDeepStrictEqual ----

	function isDeepStrictEqual(a, c) {
		return deepEqual(a, c, []);
	}

	function deepEqual(a, c, memo) {
		if (Object.is(a, c)) return true;
		if (typeof a !== "object" || typeof c !== "object" || a === null || c === null) return false;
		if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(c)) return false;
		if (toStr.call(a) !== toStr.call(c)) return false;
		for (const [x, y] of memo) if (x === a && y === c) return true;
		memo = memo.concat([[a, c]]);
		if (Array.isArray(a) !== Array.isArray(c)) return false;
		if (types.isDate(a)) {
			if (!types.isDate(c) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(c)) return false;
		} else if (types.isRegExp(a)) {
			if (!types.isRegExp(c) || String(a) !== String(c) || a.lastIndex !== c.lastIndex) return false;
		} else if (types.isNativeError(a) || a instanceof Error) {
			if (a.message !== c.message || a.name !== c.name) return false;
		} else if (types.isBoxedPrimitive(a)) {
			if (!types.isBoxedPrimitive(c) || !Object.is(a.valueOf(), c.valueOf())) return false;
		} else if (typedArrayName(a) !== undefined) {
			if (typedArrayName(a) !== typedArrayName(c) || a.length !== c.length) return false;
			for (let i = 0; i < a.length; i++) if (!Object.is(a[i], c[i])) return false;
		} else if (types.isArrayBuffer(a)) {
			if (!types.isArrayBuffer(c) || !deepEqual(new Uint8Array(a), new Uint8Array(c), memo)) return false;
		}
		if (types.isMap(a)) {
			if (!types.isMap(c) || a.size !== c.size) return false;
			outer: for (const [k, x] of a) {
				if (c.has(k)) {
					if (!deepEqual(x, c.get(k), memo)) return false;
					continue;
				}
				if (typeof k !== "object" || k === null) return false;
				for (const [k2, y] of c) if (deepEqual(k, k2, memo) && deepEqual(x, y, memo)) continue outer;
				return false;
			}
		} else if (types.isSet(a)) {
			if (!types.isSet(c) || a.size !== c.size) return false;
			outer: for (const x of a) {
				if (c.has(x)) continue;
				if (typeof x !== "object" || x === null) return false;
				for (const y of c) if (deepEqual(x, y, memo)) continue outer;
				return false;
			}
		}
		const ka = Object.keys(a);
		const kc = Object.keys(c);
		if (ka.length !== kc.length) return false;
		for (const k of ka) {
			if (!Object.prototype.hasOwnProperty.call(c, k) || !Object.prototype.propertyIsEnumerable.call(c, k)) return false;
			if (!deepEqual(a[k], c[k], memo)) return false;
		}
		const sa = Object.getOwnPropertySymbols(a).filter((s) => Object.prototype.propertyIsEnumerable.call(a, s));
		const sc = Object.getOwnPropertySymbols(c).filter((s) => Object.prototype.propertyIsEnumerable.call(c, s));
		if (sa.length !== sc.length) return false;
		for (const s of sa) if (!deepEqual(a[s], c[s], memo)) return false;
		return true;
	}

	// ---- parseArgs ----

	function argError(code, msg) {
		const e = new TypeError(msg);
		e.code = code;
		return e;
	}

	function parseArgs(config = {}) {
		if (config === null || typeof config !== "object") throw b.argType("config", "object", config);
		const args = config.args !== undefined ? config.args : b.argv().slice(2);
		if (!Array.isArray(args)) throw b.argType("args", "Array", args);
		const strict = config.strict !== undefined ? config.strict : true;
		const allowPositionals = config.allowPositionals !== undefined ? config.allowPositionals : !strict;
		const returnTokens = !!config.tokens;
		const allowNegative = !!config.allowNegative;
		const options = config.options !== undefined ? config.options : {};
		if (options === null || typeof options !== "object") throw b.argType("options", "object", options);
		const shortToLong = new Map();
		for (const [name, o] of Object.entries(options)) {
			if (o === null || typeof o !== "object") throw b.argType(`options.${name}`, "object", o);
			if (o.type !== "string" && o.type !== "boolean") throw b.argValue(`options.${name}.type`, o.type, "must be one of: 'string', 'boolean'");
			if (o.short !== undefined) {
				if (typeof o.short !== "string") throw b.argType(`options.${name}.short`, "string", o.short);
				if (o.short.length !== 1) throw b.argValue(`options.${name}.short`, o.short, "must be a single character");
				shortToLong.set(o.short, name);
			}
			if (o.multiple !== undefined && typeof o.multiple !== "boolean") throw b.argType(`options.${name}.multiple`, "boolean", o.multiple);
		}
		const values = { __proto__: null };
		const positionals = [];
		const tokens = [];
		const store = (name, value, raw, index, inline) => {
			const o = options[name];
			if (returnTokens) tokens.push({ kind: "option", name, rawName: raw, index, value, inlineValue: inline });
			if (strict) {
				if (o === undefined) {
					throw argError("ERR_PARSE_ARGS_UNKNOWN_OPTION", `Unknown option '${raw}'`);
				}
				if (o.type === "string" && typeof value !== "string") {
					throw argError("ERR_PARSE_ARGS_INVALID_OPTION_VALUE", `Option '${o.short ? `-${o.short}, ` : ""}--${name} <value>' argument missing`);
				}
				if (o.type === "boolean" && value !== undefined) {
					throw argError("ERR_PARSE_ARGS_INVALID_OPTION_VALUE", `Option '${o.short ? `-${o.short}, ` : ""}--${name}' does not take an argument`);
				}
			}
			const v = value === undefined ? true : value;
			if (o && o.multiple) {
				if (values[name] === undefined) values[name] = [];
				values[name].push(v);
			} else values[name] = v;
		};
		const takesValue = (name) => options[name] !== undefined && options[name].type === "string";
		for (let i = 0; i < args.length; i++) {
			const arg = args[i];
			if (arg === "--") {
				if (returnTokens) tokens.push({ kind: "option-terminator", index: i });
				for (let j = i + 1; j < args.length; j++) {
					if (!allowPositionals && strict) throw argError("ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL", `Unexpected argument '${args[j]}'. This command does not take positional arguments`);
					positionals.push(args[j]);
					if (returnTokens) tokens.push({ kind: "positional", index: j, value: args[j] });
				}
				break;
			}
			if (arg.length > 1 && arg[0] === "-" && arg[1] !== "-") {
				// short options, possibly grouped (-abc) or with a value (-fVALUE)
				for (let k = 1; k < arg.length; k++) {
					const ch = arg[k];
					const name = shortToLong.get(ch) || ch;
					if (takesValue(name)) {
						let value = arg.slice(k + 1);
						let inline = true;
						const idx = i;
						if (value === "") {
							inline = false;
							value = i + 1 < args.length && !(args[i + 1].startsWith("-") && args[i + 1].length > 1) ? args[++i] : undefined;
							if (value === undefined && i + 1 < args.length && strict === false) value = undefined;
						}
						store(name, value, "-" + ch, idx, value === undefined ? undefined : inline);
						break;
					}
					store(name, undefined, "-" + ch, i, undefined);
				}
				continue;
			}
			if (arg.startsWith("--") && arg.length > 2) {
				const eq = arg.indexOf("=");
				if (eq >= 0) {
					const name = arg.slice(2, eq);
					const value = arg.slice(eq + 1);
					if (options[name] && options[name].type === "boolean" && strict) store(name, value, arg.slice(0, eq), i, true);
					else store(name, value, arg.slice(0, eq), i, true);
					continue;
				}
				let name = arg.slice(2);
				if (allowNegative && name.startsWith("no-") && options[name.slice(3)] && options[name.slice(3)].type === "boolean") {
					const n = name.slice(3);
					if (returnTokens) tokens.push({ kind: "option", name: n, rawName: arg, index: i, value: undefined, inlineValue: undefined });
					if (options[n].multiple) (values[n] || (values[n] = [])).push(false);
					else values[n] = false;
					continue;
				}
				if (takesValue(name)) {
					const idx = i;
					const value = i + 1 < args.length && !(args[i + 1].startsWith("-") && args[i + 1].length > 1) ? args[++i] : undefined;
					store(name, value, arg, idx, value === undefined ? undefined : false);
				} else store(name, undefined, arg, i, undefined);
				continue;
			}
			if (!allowPositionals && strict) throw argError("ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL", `Unexpected argument '${arg}'. This command does not take positional arguments`);
			positionals.push(arg);
			if (returnTokens) tokens.push({ kind: "positional", index: i, value: arg });
		}
		for (const [name, o] of Object.entries(options)) {
			if (o.default !== undefined && values[name] === undefined) values[name] = o.default;
		}
		const result = { values, positionals };
		if (returnTokens) result.tokens = tokens;
		return result;
	}

	// ---- styleText ----

	function styleText(format, text) {
		if (typeof text !== "string") throw b.argType("text", "string", text);
		const fmts = Array.isArray(format) ? format : [format];
		let open = "";
		let close = "";
		for (const f of fmts) {
			const c = colors[f];
			if (c === undefined) {
				throw b.argValue("format", f, "must be one of: " + Object.keys(colors).map((k) => "'" + k + "'").join(", "));
			}
			open += `\u001b[${c[0]}m`;
			close = `\u001b[${c[1]}m` + close;
		}
		return open + text + close;
	}

	function isArray(v) {
		return Array.isArray(v);
	}

	function debuglog(section) {
		const enabled = new RegExp("^(" + String(b.env("NODE_DEBUG") || "").replace(/[|\\{}()[\]^$+?.]/g, "\\$&").replace(/\*/g, ".*").replace(/,/g, "$|^") + ")$", "i").test(section);
		const fn = (...args) => {
			if (enabled) b.warnRaw(`${section.toUpperCase()} ${b.pid()}: ${format(...args)}`);
		};
		fn.enabled = enabled;
		return fn;
	}

	function toUSVString(s) {
		return String(s).toWellFormed ? String(s).toWellFormed() : String(s).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
	}

	function stripVTControlCharacters(s) {
		if (typeof s !== "string") throw b.argType("str", "string", s);
		return s.replace(/[\u001b\u009b][[\]()#;?]*(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007|(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~])/g, "");
	}

	function aborted(signal, resource) {
		if (signal === null || typeof signal !== "object" || !("aborted" in signal)) throw b.argType("signal", "an instance of AbortSignal", signal);
		if (resource === null || (typeof resource !== "object" && typeof resource !== "function")) throw b.argType("resource", "object", resource);
		if (signal.aborted) return Promise.resolve();
		return new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
	}

	return {
		format, formatWithOptions, inspect, promisify, callbackify, inherits, deprecate, types, isDeepStrictEqual, parseArgs, styleText,
		debuglog, debug: debuglog, isArray, toUSVString, stripVTControlCharacters, aborted,
		TextEncoder: globalThis.TextEncoder, TextDecoder: globalThis.TextDecoder,
	};
});
