// setImmediate and clearImmediate as node 20 has them: each immediate is a
// macrotask of its own (promise jobs run between two of them), and one set
// while immediates run waits for the next turn of the loop.

let constructing = false;

class Immediate {
  #ref = true;
  #state; // { fn, args, cleared }
  constructor(state) {
    if (!constructing) throw illegalConstructor();
    this.#state = state;
  }
  hasRef() { return this.#ref; }
  ref() { this.#ref = true; return this; }
  unref() { this.#ref = false; return this; }
  static _clear(i) {
    if (i !== null && typeof i === "object" && #state in i) i.#state.cleared = true;
  }
}
const clear = Immediate._clear;
delete Immediate._clear;

function setImmediate(callback, arg1, arg2, arg3) {
  if (typeof callback !== "function") throw argTypeError("callback", "of type function", callback);
  const state = { fn: callback, args: Array.prototype.slice.call(arguments, 1), cleared: false };
  constructing = true;
  let imm;
  try {
    imm = new Immediate(state);
  } finally {
    constructing = false;
  }
  natives.post(() => {
    if (state.cleared) return;
    state.cleared = true;
    state.fn.apply(imm, state.args);
  });
  return imm;
}

function clearImmediate(immediate) {
  clear(immediate);
}

return { setImmediate, clearImmediate };
