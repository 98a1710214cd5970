import { StringDecoder } from "node:string_decoder";

const bytes = (...a) => new Uint8Array(a);
const show = (...v) => console.log(JSON.stringify(v));
const euro = new TextEncoder().encode("€😀é");
const d = new StringDecoder("utf8");
const parts = [];
for (const x of euro) parts.push(d.write(bytes(x)));
show(parts, d.end());
const d2 = new StringDecoder();
show(d2.write(bytes(0xe2, 0x82)), d2.end(), d2.write(bytes(0x41)));
show(new StringDecoder("utf-8").end(bytes(0xf0, 0x9f)), new StringDecoder("utf8").write(bytes(0xff, 0x41)));
const u16 = new StringDecoder("utf16le");
show(u16.write(bytes(0x61)), u16.write(bytes(0x00, 0x3d)), u16.write(bytes(0xd8, 0x00)), u16.write(bytes(0xde)), u16.end(bytes(0x62, 0x00)));
const b64 = new StringDecoder("base64");
show(b64.write(bytes(1, 2)), b64.write(bytes(3, 4)), b64.end(), new StringDecoder("base64").end(bytes(0xff)));
const hex = new StringDecoder("hex");
show(hex.write(bytes(0xde, 0xad)), hex.end(bytes(0xbe, 0xef)), hex.encoding, new StringDecoder("UCS2").encoding, new StringDecoder("binary").encoding);
show(new StringDecoder("latin1").write(bytes(0xe9, 0x41)), new StringDecoder("ascii").write(bytes(0xe9, 0x41)));
show(new StringDecoder("utf8").write(new DataView(euro.buffer, 0, 3)));
for (const bad of [() => new StringDecoder("nope"), () => new StringDecoder().write(5)]) {
	try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
