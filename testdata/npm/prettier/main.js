// prettier's standalone build with its typescript and estree plugins:
// the printer's width and string handling use Unicode property escapes.
import * as prettier from "prettier/standalone";
import * as typescript from "prettier/plugins/typescript";
import * as estree from "prettier/plugins/estree";
const src = `
enum Color {Red, Green = 4}
interface Point {x: number; y: number; label?: string}
export const distance = (a: Point, b: Point): number => Math.sqrt((a.x-b.x)**2 + (a.y-b.y)**2)
class Box<T extends object> { constructor(private readonly value: T, public name = 'box') {} get(): T { return this.value } }
const greeting: string = "héllo, 世界 👋" ; const obj = {a:1,'b-c':[1,2,3].map(x=>x*2),d:{e:null}}
type Fn = <K extends keyof Point>(key: K, ...rest: Array<Point[K]>) => Promise<void>
async function* gen() { for await (const x of [1,2]) yield x }
`;
const out = await prettier.format(src, { parser: "typescript", plugins: [typescript, estree] });
console.log(out);
const narrow = await prettier.format("const longName = someFunction(argumentNumberOne, argumentNumberTwo, 'ünïcödé');", {
  parser: "typescript",
  plugins: [typescript, estree],
  printWidth: 40,
  singleQuote: false,
  semi: false,
});
console.log(narrow);
