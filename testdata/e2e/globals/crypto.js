// crypto.getRandomValues and crypto.randomUUID, as Bun and Deno have them.
const a = new Uint8Array(64);
const same = crypto.getRandomValues(a);
print(same === a, a.some((x) => x !== 0));
const w = crypto.getRandomValues(new Uint32Array(4));
print(w.length, w instanceof Uint32Array);
for (const bad of [new Float64Array(2), [1, 2], new DataView(new ArrayBuffer(4)), undefined]) {
  try {
    crypto.getRandomValues(bad);
    print("accepted", bad);
  } catch (e) {
    print(e.name);
  }
}
try {
  crypto.getRandomValues(new Uint8Array(65537));
} catch (e) {
  print(e.name, e.message);
}
const id = crypto.randomUUID();
print(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id), id !== crypto.randomUUID());
