import crypto from "node:crypto";
import { createHash, createHmac, randomBytes, randomUUID, randomInt, timingSafeEqual, webcrypto } from "crypto";

const tryit = (label, f) => {
	try {
		console.log(label, f());
	} catch (e) {
		console.log(label, "throws", e.name, e.code, e.message);
	}
};

for (const alg of ["md5", "sha1", "sha256", "sha384", "sha512", "SHA256", "RSA-SHA1", "sha224", "sha512-256"]) {
	console.log(alg, createHash(alg).update("hello ").update("world").digest("hex"));
}
const h = createHash("sha256").update("abc");
for (const enc of ["hex", "base64", "base64url", "latin1", "binary", "utf16le"]) {
	console.log(enc, JSON.stringify(createHash("sha256").update("abc").digest(enc)));
}
const buf = h.digest();
console.log("buffer", Buffer.isBuffer(buf), buf.length, buf.toString("hex"));
console.log("bogus encoding gives a Buffer", Buffer.isBuffer(createHash("md5").digest("bogus")));
console.log("update encodings", createHash("md5").update("é", "latin1").digest("hex"), createHash("md5").update("é").digest("hex"),
	createHash("md5").update("68656c6c6f", "hex").digest("hex"), createHash("md5").update("aGVsbG8=", "base64").digest("hex"));
console.log("bytes", createHash("sha1").update(new Uint8Array([1, 2, 3])).update(Buffer.from([4])).update(new DataView(new ArrayBuffer(2))).digest("hex"));
const part = createHash("sha1").update("one");
const copy = part.copy();
console.log("copy", part.update("two").digest("hex"), copy.digest("hex"), createHash("sha1").update("onetwo").digest("hex"));
console.log("instanceof", createHash("md5") instanceof crypto.Hash, crypto.Hash("sha1").update("a").digest("hex"));

tryit("unknown", () => createHash("nope"));
tryit("no algorithm", () => createHash());
tryit("number data", () => createHash("sha256").update(5));
tryit("ArrayBuffer data", () => createHash("sha256").update(new ArrayBuffer(2)));
tryit("digest twice", () => { const x = createHash("sha256"); x.digest(); return x.digest("hex"); });
tryit("update after digest", () => { const x = createHash("sha256"); x.digest(); return x.update("x"); });
tryit("copy after digest", () => { const x = createHash("sha256"); x.digest(); return x.copy(); });

console.log("hmac", createHmac("sha256", "key").update("data").digest("hex"));
console.log("hmac key bytes", createHmac("sha1", Buffer.from("key")).update("data").digest("base64"), createHmac("sha1", new ArrayBuffer(3)).digest("hex"));
console.log("hmac long key", createHmac("md5", "k".repeat(200)).update("x").digest("hex"));
tryit("hmac digest twice", () => { const x = createHmac("sha256", "k"); x.digest(); return JSON.stringify(x.digest("hex")); });
tryit("hmac update after digest", () => { const x = createHmac("sha256", "k"); x.digest(); return x.update("x"); });
tryit("hmac no key", () => createHmac("sha256"));
tryit("hmac bad digest", () => createHmac("nope", "k"));
console.log("hmac has no copy", typeof createHmac("sha1", "k").copy);

console.log("hash", crypto.hash("sha1", "x"), crypto.hash("md5", Buffer.from("x"), "base64"), Buffer.isBuffer(crypto.hash("sha1", "x", "buffer")));
tryit("hash unknown", () => crypto.hash("nope", "x"));
tryit("hash number", () => crypto.hash("sha1", 5));
tryit("hash bad encoding", () => crypto.hash("sha1", "x", "bogus"));
tryit("hash bad algorithm", () => crypto.hash(5, "x"));

const r = randomBytes(16);
console.log("randomBytes", Buffer.isBuffer(r), r.length, randomBytes(0).length);
tryit("randomBytes -1", () => randomBytes(-1));
tryit("randomBytes NaN", () => randomBytes(NaN));
tryit("randomBytes string", () => randomBytes("a"));
tryit("randomBytes callback", () => randomBytes(1, 7));
console.log("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(randomUUID()));
let inRange = true;
for (let i = 0; i < 1000; i++) {
	const n = randomInt(-5, 5);
	const m = randomInt(3);
	if (n < -5 || n >= 5 || m < 0 || m >= 3 || !Number.isInteger(n)) inRange = false;
}
console.log("randomInt in range", inRange, randomInt(2 ** 48 - 1) < 2 ** 48);
tryit("randomInt max <= min", () => randomInt(10, 5));
tryit("randomInt fraction", () => randomInt(1.5));
tryit("randomInt string", () => randomInt("a"));
tryit("randomInt too wide", () => randomInt(2 ** 48 + 5));
tryit("randomInt range too wide", () => randomInt(1, 2 ** 48 + 5));
tryit("randomInt callback", () => randomInt(0, 5, 7));

console.log("timingSafeEqual", timingSafeEqual(Buffer.from("abc"), Buffer.from("abc")), timingSafeEqual(Buffer.from("abc"), Buffer.from("abd")),
	timingSafeEqual(new Uint8Array([1, 2]), new Uint16Array([0x0201])));
tryit("timingSafeEqual length", () => timingSafeEqual(Buffer.from("a"), Buffer.from("ab")));
tryit("timingSafeEqual string", () => timingSafeEqual("a", Buffer.from("ab")));

const arr = crypto.getRandomValues(new Uint32Array(4));
console.log("getRandomValues", arr instanceof Uint32Array, arr.length, webcrypto.getRandomValues(new Uint8Array(2)).length);
console.log("webcrypto is globalThis.crypto", webcrypto === globalThis.crypto, crypto.subtle === webcrypto.subtle);
const hashes = crypto.getHashes();
console.log("getHashes", ["md5", "sha1", "sha256", "sha384", "sha512", "RSA-SHA256"].every((a) => hashes.includes(a)));

let ticks = 0;
const done = new Promise((resolve) => randomBytes(8, (err, b) => resolve(console.log("randomBytes async", err, b.length, ticks > 0))));
randomInt(10, (err, n) => console.log("randomInt async", err, n >= 0 && n < 10));
ticks++;
await done;
const hex = (ab) => Buffer.from(ab).toString("hex");
for (const alg of ["SHA-1", "sha-256", { name: "SHA-384" }, "SHA-512"]) {
	const ab = await webcrypto.subtle.digest(alg, new TextEncoder().encode("abc"));
	console.log("subtle", JSON.stringify(alg), ab instanceof ArrayBuffer, hex(ab));
}
await crypto.subtle.digest("nope", new Uint8Array(1)).catch((e) => console.log("subtle unknown", e.name, e.message));
await crypto.subtle.digest("SHA-256", "x").catch((e) => console.log("subtle string", e.name, e.message));
