var counter = 1;
function bump() { counter++; return counter; }
bump();
print(globalThis.counter, typeof globalThis.bump, this === globalThis);
