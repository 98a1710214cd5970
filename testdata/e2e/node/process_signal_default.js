// build: the default action of a signal ends a real process
// Once its last listener is removed, a signal has its default action
// again: SIGUSR1 ends the process (a shell reports status 128 + 10).
const keep = setInterval(() => {}, 1000);
const f = () => console.log("not called");
process.on("SIGUSR1", f);
process.off("SIGUSR1", f);
console.log("listeners", process.listenerCount("SIGUSR1"));
process.on("exit", () => console.log("no exit event when killed"));
setTimeout(() => process.kill(process.pid, "SIGUSR1"), 5);
