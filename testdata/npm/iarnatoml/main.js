// @iarna/toml, CommonJS required from a CommonJS script: parse (dates,
// tables, arrays of tables, inline tables, big integers), stringify, and a
// syntax error's message with its line and column; the streaming parsers.
const TOML = require("@iarna/toml");
const { inspect } = require("node:util");

const doc = `
# A configuration
title = "TOML example"
int = 42
big = 9007199254740993
float = 3.5e2
hex = 0xdead_beef
bool = true
when = 1979-05-27T07:32:00-08:00
day = 1979-05-27
multi = """
Roses are red
Violets are blue"""
literal = 'C:\\Users\\x'

[owner]
name = "Tom"
point = { x = 1, y = 2 }

[database]
ports = [ 8000, 8001, 8002 ]
data = [ ["gamma", "delta"], [1, 2] ]

[[products]]
name = "Hammer"
sku = 738594937

[[products]]
name = "Nail"
color = "gray"
`;

const obj = TOML.parse(doc);
console.log(inspect(Object.keys(obj)));
console.log(obj.title, obj.int, typeof obj.big, String(obj.big), obj.float, obj.hex, obj.bool);
console.log(obj.when instanceof Date, obj.when.toISOString(), obj.day.toISOString());
console.log(JSON.stringify(obj.multi), obj.literal);
console.log(JSON.stringify(obj.owner), JSON.stringify(obj.database), JSON.stringify(obj.products));
console.log(TOML.stringify(obj));
console.log(
  TOML.stringify({
    name: "demo",
    version: 2,
    ratio: 0.25,
    tags: ["a", "b"],
    nested: { deep: { on: true, list: [1, 2, 3] } },
    items: [{ id: 1 }, { id: 2, note: 'say "hi"' }],
    when: new Date(Date.UTC(2020, 1, 3, 4, 5, 6)),
  }),
);
for (const bad of ['a = "unterminated', "x = 1\nx = 2", "[t]\nk = \n"]) {
  try {
    TOML.parse(bad);
  } catch (e) {
    console.log(e.name, e.line, e.col, e.message.split("\n")[0]);
  }
}
// The streaming parsers, over node:stream: a Readable given, and the
// Transform form fed by pipe.
const { Readable } = require("node:stream");
TOML.parse
  .stream(Readable.from(["a = 1\n[t", "ab]\nb = 'x'\n"], { objectMode: false }))
  .then((v) => {
    console.log("stream", JSON.stringify(v));
    const t = TOML.parse.stream();
    t.on("data", (v) => console.log("transform", JSON.stringify(v)));
    Readable.from(["k = [1,", " 2]\n"], { objectMode: false }).pipe(t);
  });
