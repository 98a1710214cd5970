// flags: -m
var counter = 1;
function local() { return counter; }
print(typeof globalThis.counter, typeof globalThis.local, local());
