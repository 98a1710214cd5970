import { fail } from "./lib/thrower.ts";
print("before");
function outer() {
  fail("boom");
}
outer();
print("never");
