// flags: -m
var counter = 1;
print(typeof globalThis.counter, typeof this);
