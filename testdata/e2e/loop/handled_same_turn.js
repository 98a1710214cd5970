// A rejection handled in the same turn is not reported (QuickJS's
// test_async_promise_rejection); one handled by a later timer would be.
const p = Promise.reject(new Error("handled later in this turn"));
async function f() {
  try {
    await Promise.reject(new Error("caught by await"));
  } catch (e) {
    print("caught:", e.message);
  }
}
f();
queueMicrotask(() => p.catch(e => print("handled:", e.message)));
setTimeout(() => print("exit 0"), 1);
