// console beyond log: count, group, assert, table, time and dir, in node's
// formats (values inside print as print renders them, so the script shows
// strings and numbers only).
console.count();
console.count();
console.count("x");
console.countReset();
console.count();
console.group("Group A");
console.log("inside A");
console.group();
console.info("nested\ntwo lines");
console.groupEnd();
console.warn("warn in A");
console.groupEnd();
console.groupEnd(); // one too many: no effect
console.log("outside");
console.groupCollapsed("collapsed");
console.debug("debug inside");
console.groupEnd();
console.assert(true, "not shown");
console.assert(false, "shown", "with more");
console.assert(false);
console.assert(0, 42);
console.table([{ a: 1, b: "two" }, { a: 3, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ x: { v: 1 }, y: { v: 22 } });
console.table(["p", "q"]);
console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ["b"]);
console.table(new Map([["k1", 1], ["k2", "v"]]));
console.table(new Set(["s1", "s2"]));
console.table(5);
console.table("str");
console.dir("quoted");
console.dir(42);
console.log(typeof console.trace, typeof console.timeLog, console.count.length, console.table.length);
