// A CommonJS entry runs with module and exports, not as a classic script.
const answer = 42;
module.exports = { answer };
print(typeof module, typeof exports, module.exports.answer, typeof globalThis.answer);
