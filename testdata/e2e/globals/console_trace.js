// console.trace prints its message and the caller's stack on stderr, in
// the stack format of uncaught errors (node's lists its own frames too).
function inner() { console.trace("here", 1); }
function outer() { inner(); }
outer();
console.group("group");
console.trace();
console.groupEnd();
