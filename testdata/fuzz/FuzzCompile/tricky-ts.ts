declare module "x" { export const y: number }
let v = <any>1 as unknown as string satisfies string;
function over(a: string): void; function over(a: number): void; function over(a: any) {}
export default abstract class Q { abstract m(): void }
