import * as os from "os";

const parent = os.Worker.parent;
parent.onmessage = (e) => {
  const { role, ia } = e.data;
  for (let i = 0; i < 10000; i++) Atomics.add(ia, 1, 1);
  if (role === "waiter") {
    parent.postMessage(`waiter: ${Atomics.wait(ia, 0, 0)}`);
  } else {
    // Notify until the waiter was waiting and has been woken.
    while (Atomics.notify(ia, 0, 1) === 0) Atomics.wait(ia, 3, 0, 1);
    Atomics.store(ia, 0, 1);
    parent.postMessage("notifier: woke the waiter");
  }
  parent.onmessage = null;
};
