// A classic script may use with, which ES modules forbid.
var point = { x: 3, y: 4 };
with (point) {
  print(Math.sqrt(x * x + y * y));
}
