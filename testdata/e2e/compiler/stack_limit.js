// flags: -S 200
// goja's stack overflow cannot be caught: the program reports it as
// QuickJS's RangeError and exits 1, with the innermost frames.
function depth(n) {
  return n === 0 ? 0 : 1 + depth(n - 1);
}
print(depth(150));
print(depth(300));
print("never");
