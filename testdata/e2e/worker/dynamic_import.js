// flags: -D lib/dynamic_module.ts
// build: checks that the generated main embeds the -D modules
// import() of a module bundled with -D, by a name known only at run time,
// and of a module bundled statically.
const name = ["./lib", "dynamic_module.ts"].join("/");
const m = await import(name);
print(m.greet("world"), m.default, m.counter());
print(m.counter(), (await import(name)).counter());
const s = await import("./lib/static_module.js");
print(s.value);
try {
  await import(["./lib", "absent.js"].join("/"));
} catch (e) {
  print(e.message, e.code);
}
