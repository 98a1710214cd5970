// flags: -S 200
function depth(n) { return depth(n + 1) + 1; }
try {
  depth(0);
} catch (e) {
  print(e instanceof RangeError, e.message);
}
let max = 0;
function probe(n) { max = n; probe(n + 1); }
try { probe(0); } catch (e) {}
print(max < 200 && max > 150);
