// csv-parse's Node build, its synchronous API: quoting, columns from the
// header, casting, a BOM in a Buffer, comments, record info, and the error
// (a CsvError with its code) for a record of the wrong length.
import { parse } from "csv-parse/sync";
import { Buffer } from "node:buffer";
import { inspect } from "node:util";

// console.log keeps QuickJS's style in gojsc; node:util's inspect is node's.
const show = (v) => console.log(inspect(v));

const text = `name,age,city
"Doe, Jane",34,"New ""York"""
John,  29 ,Paris
# a comment
Zoë,41,"Multi
line"
`;

show(parse(text, { comment: "#" }));
show(parse(text, { columns: true, comment: "#", trim: true, cast: true }));
show(
  parse(Buffer.from("\ufeffa;b\n1;2\n3;4\n"), {
    bom: true,
    delimiter: ";",
    columns: true,
    cast: (value, ctx) => (ctx.header ? value : Number(value) * 10),
  }),
);
show(parse("x,y\n1,2\n", { info: true, from_line: 2 }));
show(parse("a\tb\n\n c \td\n", { delimiter: "\t", skip_empty_lines: true, ltrim: true }));
try {
  parse("a,b\n1,2,3\n", { columns: true });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  parse('a,"b\n', {});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  parse("a,b", { delimiter: 3 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
