"use strict";
// Helpers every Web module's source starts with: node's error shapes.

// received describes v as node's ERR_INVALID_ARG_TYPE messages do.
function received(v) {
  if (v == null) return " Received " + v;
  if (typeof v === "function") return " Received function " + (v.name || "<anonymous>");
  if (typeof v === "object") {
    const c = v.constructor;
    if (c && c.name) return " Received an instance of " + c.name;
    return " Received [Object: null prototype] {}";
  }
  let s;
  if (typeof v === "string") s = "'" + v + "'";
  else if (typeof v === "bigint") s = v + "n";
  else s = String(v);
  if (s.length > 28) s = s.slice(0, 25) + "...";
  return " Received type " + typeof v + " (" + s + ")";
}

function codedError(Ctor, code, message) {
  const e = new Ctor(message);
  Object.defineProperty(e, "code", { value: code, writable: true, configurable: true, enumerable: true });
  return e;
}

function argTypeError(name, expected, v) {
  return codedError(TypeError, "ERR_INVALID_ARG_TYPE",
    'The "' + name + '" argument must be ' + expected + "." + received(v));
}

function missingArgs(...names) {
  let list;
  if (names.length === 1) list = 'The "' + names[0] + '" argument';
  else list = "The " + names.slice(0, -1).map((n) => '"' + n + '"').join(", ") + ' and "' + names[names.length - 1] + '" arguments';
  return codedError(TypeError, "ERR_MISSING_ARGS", list + " must be specified");
}

function invalidThis(type) {
  return codedError(TypeError, "ERR_INVALID_THIS", 'Value of "this" must be of type ' + type);
}

function illegalConstructor() {
  return codedError(TypeError, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor");
}

// tag gives a class's instances their Symbol.toStringTag, as WebIDL does.
function tag(C, name) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: name, configurable: true });
}
