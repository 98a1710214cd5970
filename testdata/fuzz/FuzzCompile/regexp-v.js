const re = /[\p{L}--[a-z]]/v;
const ok = /\p{Lu}/u.test("A") && /x/d.exec("x");
console.log(re, ok);
