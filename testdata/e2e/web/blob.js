// Blob as node 20 has it.
const b = new Blob(["héllo ", new Uint8Array([65, 66]), new Blob(["x"]), 42, new Uint16Array([0x4443]).buffer], { type: "Text/Plain" });
console.log(b.size, b.type, Object.prototype.toString.call(b), b instanceof Blob);
for (const f of [() => new Blob(5), () => new Blob("abc"), () => new Blob([], 5), () => b.slice.call({})]) {
  try { f(); console.log("no error"); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(JSON.stringify(new Blob([], { type: "é" }).type), JSON.stringify(new Blob([], { type: "a\x01" }).type), new Blob().size);
console.log(b.slice(1, 3).size, b.slice(-3).size, b.slice(2, 1).size, b.slice(0, 2, "X/Y").type, b.slice().type);
(async () => {
  console.log(await b.text());
  console.log(await b.slice(0, 2).text(), await b.slice(-4, -2).text());
  const ab = await b.arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength, new Uint8Array(ab)[0]);
  const bytes = await b.bytes();
  console.log(bytes instanceof Uint8Array, bytes.length, bytes[1], bytes[2]);
  let n = 0;
  for await (const c of b.stream()) n += c.length;
  console.log("streamed", n);
  const r = new Blob(["ab"]).stream().getReader();
  const first = await r.read();
  console.log(first.done, first.value.length, JSON.stringify(await r.read()));
  try { await Blob.prototype.text.call({}); } catch (e) { console.log("rejected", e.name, e.code, e.message); }
})();
