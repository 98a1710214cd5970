// An exception after a top-level await in a classic script is uncaught:
// reported with the script's own lines, exit status 1.
var ready = await Promise.resolve(true);
print("ready", ready);
function fail() {
  throw new TypeError("failed after await");
}
fail();
