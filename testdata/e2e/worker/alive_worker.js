import * as std from "std";

setTimeout(() => {
  print("worker's timer");
  std.exit(7);
}, 20);
