// File, a Blob with a name and a modification time, as node 20 has it.
const f = new File(["ab", "c"], "n.txt", { type: "Text/Plain", lastModified: 42 });
console.log(f.name, f.size, f.type, f.lastModified, f instanceof Blob, Object.prototype.toString.call(f), f.webkitRelativePath);
for (const g of [() => new File(["x"]), () => new File()]) { try { g(); } catch (e) { console.log(e.name, e.code, e.message); } }
const t = new File([], "x"); console.log(typeof t.lastModified, Math.abs(t.lastModified - Date.now()) < 1000);
f.text().then((s) => console.log(s, f.slice(1).name, f.slice(1) instanceof File));
