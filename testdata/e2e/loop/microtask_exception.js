// An exception in a queueMicrotask callback is an uncaught exception: it
// ends the program before the next macrotask.
queueMicrotask(() => print("first microtask"));
queueMicrotask(() => {
  throw new TypeError("bad microtask");
});
setTimeout(() => print("never"), 0);
print("script done");
