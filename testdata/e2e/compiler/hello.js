// build: the plain path: a compiled program with arguments
// args: one two
print("hello,", "world", 42, true, null, undefined);
console.log("console.log", { a: 1, b: "two" });
console.info("info");
console.error("to stderr");
console.warn("warn to stderr");
print(scriptArgs.length, scriptArgs.slice(1).join(","));
print(typeof scriptArgs[0]);
