// TextEncoder, TextDecoder (UTF-8), atob and btoa, as Bun and Deno have them.
const enc = new TextEncoder();
const bytes = enc.encode("héllo €𝄞");
print(enc.encoding, bytes instanceof Uint8Array, bytes.length, Array.from(bytes.slice(0, 3)).join(","));
const dec = new TextDecoder();
print(dec.encoding, dec.decode(bytes), dec.decode(bytes.buffer) === "héllo €𝄞");
print(JSON.stringify(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]))));
try {
  new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff]));
} catch (e) {
  print(e.name, e.message);
}
try {
  new TextDecoder("latin1");
} catch (e) {
  print(e.name);
}
const into = new Uint8Array(5);
print(JSON.stringify(enc.encodeInto("a€b", into)), Array.from(into).join(","));
print(btoa("hello, world"), atob("aGVsbG8sIHdvcmxk"), atob(btoa("\u00ff\u0000")).charCodeAt(0));
try {
  btoa("€");
} catch (e) {
  print(e.message);
}
