// A CLI built with commander: options with defaults and parsers, a
// subcommand with its own options and an action, --help written through
// process.stdout, and an unknown option's error and exit code (caught with
// exitOverride so that the script itself exits 0).
import { Command, Option, InvalidArgumentError } from "commander";

function make(log) {
  const program = new Command();
  program
    .name("tool")
    .description("A small tool to exercise commander")
    .version("1.2.3", "-V, --version", "print the version")
    .option("-d, --debug", "output extra debugging")
    .option("-n, --count <number>", "how many times", (v) => {
      const n = parseInt(v, 10);
      if (isNaN(n)) throw new InvalidArgumentError("Not a number.");
      return n;
    }, 1)
    .addOption(new Option("-c, --colour <name>", "a colour").choices(["red", "green", "blue"]).default("red"))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stdout.write("[err] " + s),
    });
  program
    .command("greet")
    .description("greet someone")
    .argument("<name>", "who to greet")
    .argument("[greeting]", "the greeting", "Hello")
    .option("-l, --loud", "shout")
    .action((name, greeting, opts, cmd) => {
      let s = `${greeting}, ${name}!`;
      if (opts.loud) s = s.toUpperCase();
      log(`${s} (count=${cmd.parent.opts().count})`);
    });
  program
    .command("sum")
    .description("add numbers")
    .argument("<numbers...>", "the numbers")
    .action((numbers) => {
      log("sum=" + numbers.map(Number).reduce((a, b) => a + b, 0));
    });
  return program;
}

function run(args) {
  console.log("$ tool " + args.join(" "));
  const program = make((s) => console.log(s));
  try {
    program.parse(args, { from: "user" });
    console.log("opts:", JSON.stringify(program.opts()));
  } catch (e) {
    console.log(`exit ${e.exitCode} code=${e.code} message=${JSON.stringify(e.message)}`);
  }
}

run(["-d", "-n", "3", "greet", "Ada"]);
run(["--count", "2", "greet", "--loud", "Bob", "Hi"]);
run(["sum", "1", "2", "3.5"]);
run(["-c", "blue"]);
run(["--help"]);
run(["greet", "--help"]);
run(["-V"]);
run(["--bogus"]);
run(["-n", "x"]);
run(["-c", "pink"]);
run(["greet"]);
process.exitCode = 0;
