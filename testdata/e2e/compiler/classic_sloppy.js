// A classic script keeps sloppy mode whatever it contains: syntax an ES
// module forbids, and the semantics that go with it.
var octal = 010, escaped = "\101";
print(octal, escaped);
var point = { x: 3 };
with (point) { print("with", x); }
implicit = 1;
print(delete implicit, typeof implicit);
var declared = 1;
print(delete declared, typeof declared);
function args() { var arguments = 3; return arguments; }
print(args());
if (true) function annexB() { return "annex B"; }
print(annexB());
label: function labelled() { return "labelled"; }
print(labelled());
print(this === globalThis, (function () { return this; })() === globalThis);
print(typeof globalThis.octal, typeof globalThis.args);
// Function names are kept, even where esbuild renames the binding.
function same() { return "outer"; }
var expr = function same() {};
function withEval() {
  function same() { return "inner"; }
  return [same.name, eval("same()")];
}
print(same.name, expr.name, withEval());
class Named {}
var Other = class Named {};
print(Named.name, Other.name);
