async function* gen() { yield 1; yield await Promise.resolve(2); }
(async () => { for await (const v of gen()) console.log(v); })();
class A { #p = 1; static { this.s = 2; } get p() { return this.#p ?? 0; } }
console.log(new A().p, A.s, 2n ** 64n, 1_000, a?.b?.[0]);
using_ = 1;
