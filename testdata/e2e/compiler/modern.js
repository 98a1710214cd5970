class Account {
  #balance = 0;
  static #count = 0;
  constructor(owner) { this.owner = owner; Account.#count++; }
  deposit(n) { this.#balance += n; return this; }
  get balance() { return this.#balance; }
  static get count() { return Account.#count; }
  #secret() { return "private method"; }
  reveal() { return this.#secret(); }
  static has(o) { return #balance in o; }
}
const acc = new Account("ann").deposit(5).deposit(7);
print(acc.balance, Account.count, acc.reveal(), Account.has(acc), Account.has({}));

const cfg = { server: { port: 8080 } };
print(cfg.server?.port, cfg.client?.port, cfg.client?.port ?? "default");
const { server: { port }, missing = "fallback", ...rest } = { ...cfg, extra: 1 };
print(port, missing, JSON.stringify(rest));
const [first, , third = 3, ...others] = [1, 2, undefined, 4, 5];
print(first, third, others);

print(2n ** 64n, BigInt.asUintN(8, 257n), typeof 10n, 10n * 3n);

async function* countdown(n) {
  while (n > 0) {
    await null;
    yield n--;
  }
}
async function main() {
  const seen = [];
  for await (const n of countdown(3)) seen.push(n);
  print("for await:", seen.join(" "));
  const results = await Promise.all([1, 2, 3].map(async (x) => x * 10));
  print("all:", results.join(" "));
  try {
    await Promise.reject(new Error("rejected"));
  } catch (e) {
    print("caught:", e.message);
  }
}
await main();
const v = await new Promise((resolve) => setTimeout(() => resolve("top-level await"), 5));
print(v);

{
  using res = { [Symbol.dispose]() { print("disposed"); } };
  print("using block");
}
label: for (const x of [1, 2]) { for (const y of [1, 2]) { if (y === 2) continue label; print(x, y); } }
print([1, [2, [3, [4]]]].flat(Infinity).join(","), Object.fromEntries([["k", "v"]]).k, "abc".at(-1));
print(String.raw`a\nb`, `sum ${1 + 2}`, 0b101, 0o17, 1_000_000);
