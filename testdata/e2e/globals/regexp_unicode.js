// Unicode property escapes and v-flag sets, as literals (rewritten when
// the program is built) and through RegExp (rewritten at run time).
const show = (label, ...vs) => console.log(label, ...vs.map((v) => JSON.stringify(v)));
const text = "Héllo Wörld ΑβΓ Привет 123 ٣ 漢字 😀👍🏽 _x-y";

show("letters", text.match(/\p{L}+/gu));
show("upper", text.match(/\p{Lu}/gu));
show("not letters", text.match(/[^\p{L}\s]+/gu));
show("greek", text.match(/\p{Script=Greek}+/gu));
show("cyrillic", text.match(/\p{sc=Cyrl}+/gu));
show("han", text.match(/\p{scx=Hani}+/gu));
show("digits", text.match(/\p{Nd}/gu));
show("emoji", text.match(/\p{Extended_Pictographic}/gu));
show("emoji presentation", text.match(/\p{Emoji_Presentation}/gu));
show("id", text.match(/[\p{ID_Start}_$][\p{ID_Continue}$]*/gu));
show("P inside class", text.match(/[\P{L}--\s]+/gv));
show("ascii", /^\p{ASCII}+$/u.test("abc~"), /^\p{ASCII}+$/u.test("é"));
show("any", /^\p{Any}$/u.test("😀"));
show("white space", /^\p{White_Space}+$/u.test(" \t\u00a0\u2028"));
show("case-insensitive", /\p{Lu}/ui.test("a"), /[^\p{Lu}]/ui.test("A"), /\P{Lu}/ui.test("A"));

show("difference", "abcdef".match(/[[a-z]--[aeiou]]/gv));
show("intersection", text.match(/[\p{L}&&\p{Script=Latin}]+/gv));
show("nested", "a1-b2_".match(/[[a-z][0-9]]/gv));
show("strings", "abcxd".match(/[\q{abc|x}d]/gv));
show("longest string first", "abcd".match(/[\q{a|ab|abc}]/gv)[0]);

// The same through the constructor, which goja would misread.
show("terser's feature test", new RegExp("\\p{L}", "u").test("a"));
show("new RegExp", "Añb1".match(new RegExp("\\p{L}", "gu")));
show("RegExp()", RegExp("\\P{L}", "gu").exec("Añb1")[0]);
show("new RegExp v", "abcdef".match(new RegExp("[\\p{L}--[a-c]]", "gv")));
show("from a regexp", new RegExp(/\p{Lu}/u, "gu").test("É"));
show("without u", new RegExp("\\p{L}").test("p{L}"));
for (const [p, f] of [["\\p{Foo}", "u"], ["\\p{Script=Foo}", "u"], ["[(]", "v"], ["[^\\q{ab}]", "v"]]) {
  try {
    new RegExp(p, f);
    console.log("no error for", p, f);
  } catch (e) {
    console.log(p, f, e instanceof SyntaxError);
  }
}

// RegExp is still RegExp.
class Words extends RegExp {
  constructor() { super("\\p{L}+", "gu"); }
  count(s) { return s.match(this).length; }
}
const w = new Words();
show("subclass", w.count("été à Paris"), w instanceof Words, w instanceof RegExp);
show("identity", /a/ instanceof RegExp, /a/.constructor === RegExp, Object.getPrototypeOf(/a/) === RegExp.prototype,
  RegExp.prototype.constructor === RegExp, RegExp(/a/) instanceof RegExp, RegExp.name, RegExp.length);
const re = /x/g;
show("new RegExp(re) is a copy", new RegExp(re) !== re, new RegExp(re).source);
show("String(RegExp)", String(RegExp).includes("[native code]"));
show("split and replace", "a1b2c".split(/\d/), "a1b2c".replace(/\p{N}/gu, "#"), [..."a1b2".matchAll(/\p{N}/gu)].map(m => m.index));
