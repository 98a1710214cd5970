import { Buffer as B2 } from "node:buffer";
console.log(B2 === Buffer, typeof Buffer.from);
const b = Buffer.from("héllo wörld");
console.log(b.length, b.toString(), b.toString("hex"), b.toString("base64"), Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)));
console.log(Buffer.from("aGVsbG8=", "base64").toString(), Buffer.from("68656c6c6f", "hex").toString("utf8"), Buffer.from([1, 2, 255]).toString("hex"));
console.log(Buffer.byteLength("héllo"), Buffer.byteLength("aGVsbG8=", "base64"), Buffer.alloc(3, "ab").toString(), Buffer.alloc(4).toString("hex"));
const c = Buffer.concat([Buffer.from("ab"), Buffer.from("cd")]);
console.log(c.toString(), c.slice(1, 3).toString(), Buffer.isBuffer(c.subarray(1)), c.indexOf("c"), c.includes("bc"), c.indexOf(100), c.lastIndexOf("d"));
console.log(JSON.stringify(Buffer.from("hi")), Buffer.compare(Buffer.from("a"), Buffer.from("b")), Buffer.from("b").compare(Buffer.from("a")), c.equals(Buffer.from("abcd")));
const t = Buffer.alloc(6);
console.log(Buffer.from("xyz").copy(t, 1), t.toString("hex"), Buffer.alloc(5).fill("ab").toString());
const n = Buffer.alloc(8);
n.writeUInt32BE(0xdeadbeef, 0); n.writeInt16LE(-2, 4);
console.log(n.toString("hex"), n.readUInt32BE(0).toString(16), n.readInt16LE(4), n.readUInt8(0));
console.log(Buffer.from("hello").toString("base64url"), Buffer.isEncoding("utf8"), Buffer.isEncoding("nope"));
try { Buffer.byteLength(5); } catch (e) { console.log(e.name, e.code, e.message); }
const x = Buffer.from("abcdef");
console.log(x.compare(Buffer.from("zcdz"), 1, 3, 2, 4), x.compare(Buffer.from("cd"), 0, 2, 2, 4), x.compare(Buffer.from("a"), 0, 0), x.compare(Buffer.from("a"), 0, 1, 3, 3), x.compare(Buffer.from("a"), 1, 1));
for (const args of [[1.5], [-1], [0, 5], ["1"], [0, 1, 0, 7]]) {
  try { x.compare(Buffer.from("abc"), ...args); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { x.compare("abc"); } catch (e) { console.log(e.name, e.code, e.message); }
