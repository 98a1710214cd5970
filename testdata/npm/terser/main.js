// terser checks at load time whether the engine understands \p{...} with
// new RegExp("\\p{L}", "u"); the snippet's Unicode identifiers and strings
// go through its tokenizer and output's escaping.
import { minify } from "terser";
const code = `
function greet(personName, options) {
  const { prefix = "Hello", punctuation = "!" } = options || {};
  var unused = 42;
  if (false) { console.log("dead"); }
  const café = "crème", π = Math.PI;
  return prefix + ", " + personName + punctuation + " " + café + " " + π.toFixed(2);
}
export const shout = (s) => greet(s.toUpperCase(), { punctuation: "!!!" });
console.log(shout("wörld"), /\\p{Lu}+/u.test("É"));
`;
const a = await minify(code, { module: true, compress: { passes: 2 }, mangle: true });
console.log(a.code);
const b = await minify({ "in.js": "let x = 1 + 2; function f(a) { return a * x } console.log(f(3));" }, { toplevel: true, format: { beautify: true } });
console.log(b.code);
const c = await minify("var s = '\\u00e9\\ud83d\\ude00'; print(s)", { format: { ascii_only: true } });
console.log(c.code);
