// typescript's browser map disables fs, os, path, ... ("browser": {"fs":
// false, ...}); its compiler then runs without them.
import ts from "typescript";
const src = `
enum Color { Red, Green = 4 }
interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
export function area(r: number): number { return Math.PI * r ** 2; }
class Box<T> { constructor(private value: T) {} get(): T { return this.value; } }
`;
const out = ts.transpileModule(src, {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  reportDiagnostics: true,
});
print(ts.version, out.diagnostics.length);
print(out.outputText);
