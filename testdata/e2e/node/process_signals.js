// build: signals sent to a process of its own
// Signal events on process: a listener handles the signal, with the
// signal's name and number; process.kill to the process itself delivers
// it; removing the last listener uninstalls the handler.
const keep = setInterval(() => {}, 1000);

const seen = [];
function onUsr1(name, num) {
  seen.push(name + "/" + num);
  console.log("SIGUSR1 listener", name, num, this === process);
  if (seen.length === 1) {
    process.kill(process.pid, "SIGUSR1");
  } else {
    process.off("SIGUSR1", onUsr1);
    console.log("listeners left", process.listenerCount("SIGUSR1"));
    step2();
  }
}
process.on("SIGUSR1", onUsr1);
process.once("SIGUSR1", () => console.log("once listener"));
console.log("kill returns", process.kill(process.pid, "SIGUSR1"));
console.log("before delivery", seen.length);

function step2() {
  // SIGTERM and SIGINT: a listener stops them from ending the process.
  let left = 2;
  const done = (name) => {
    console.log("handled", name);
    // One at a time: two signals pending at once may arrive in any order.
    if (name === "SIGTERM") process.kill(process.pid, 2);
    if (--left === 0) step3();
  };
  process.on("SIGTERM", done);
  process.on("SIGINT", done);
  process.kill(process.pid, "SIGTERM");
}

function step3() {
  process.removeAllListeners("SIGTERM");
  process.removeAllListeners("SIGINT");
  console.log("SIGTERM listeners", process.listenerCount("SIGTERM"));
  process.on("SIGHUP", function hup(name) {
    console.log("hup", name);
    process.removeListener("SIGHUP", hup);
    clearInterval(keep);
  });
  process.kill(process.pid, "SIGHUP");
  try {
    process.kill(process.pid, "SIGNOPE");
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.on("exit", (code) => console.log("exit", code, seen.join(" ")));
