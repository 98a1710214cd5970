// yargs, the full package (its Node platform shim: fs, path, util, url,
// process, y18n's locale files, cliui): options of each type, a command
// with positional arguments and a handler, its --help text, and a failed
// validation reported through fail().
import yargs from "yargs";
import { hideBin } from "yargs/helpers";

function cli(args) {
  return yargs(args)
    .scriptName("tool")
    .usage("$0 <cmd> [args]")
    .option("verbose", { alias: "v", type: "boolean", description: "Run with verbose logging" })
    .option("size", { alias: "s", type: "number", default: 10, description: "The size" })
    .option("tag", { type: "array", description: "Tags to apply" })
    .option("mode", { choices: ["fast", "slow"], default: "fast" })
    .command(
      "serve [port]",
      "start the server",
      (y) => y.positional("port", { describe: "port to bind on", type: "number", default: 5000 }),
      (argv) => console.log(`serving on :${argv.port} verbose=${argv.verbose} size=${argv.size}`),
    )
    .command("copy <src> <dst>", "copy a file", () => {}, (argv) => console.log(`copy ${argv.src} -> ${argv.dst}`))
    .strict()
    .wrap(72)
    .exitProcess(false)
    .fail((msg, err) => {
      console.log("failed:", msg || (err && err.message));
    });
}

function run(args) {
  console.log("$ tool " + args.join(" "));
  const argv = cli(args).parse();
  const shown = {};
  for (const k of Object.keys(argv).sort()) if (k !== "$0") shown[k] = argv[k];
  console.log(JSON.stringify(shown));
}

console.log(JSON.stringify(hideBin(["node", "script.js", "--a", "1"])));
run(["serve", "8080", "-v", "--size", "3"]);
run(["copy", "a.txt", "b.txt", "--tag", "x", "y"]);
run(["serve", "--mode", "slow"]);
run(["--mode", "medium", "serve"]);
run(["copy", "only-one"]);
run(["--unknown-flag", "serve"]);

// --help through a parse callback, which receives the output yargs would print.
yargs(["--help"])
  .scriptName("tool")
  .usage("$0 <cmd> [args]")
  .option("verbose", { alias: "v", type: "boolean", description: "Run with verbose logging" })
  .option("size", { alias: "s", type: "number", default: 10, description: "The size" })
  .command("serve [port]", "start the server", (y) => y.positional("port", { type: "number", default: 5000 }))
  .command("copy <src> <dst>", "copy a file")
  .wrap(72)
  .parse(["--help"], {}, (err, argv, output) => {
    console.log("help output:");
    console.log(output);
  });

// The parser alone, as yargs-parser through yargs.
const p = yargs().parserConfiguration({ "camel-case-expansion": true }).parse("--foo-bar 3 -abc --no-color rest -- --x");
delete p.$0;
console.log(JSON.stringify(p));
