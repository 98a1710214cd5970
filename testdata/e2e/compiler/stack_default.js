// Without -S the depth is limited too, so runaway recursion fails fast
// instead of eating memory; ordinary deep recursion still works.
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
print(depth(5000));
function forever(n) { return forever(n + 1) + 1; }
forever(0);
