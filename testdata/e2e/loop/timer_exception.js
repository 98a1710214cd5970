// An exception escaping a timer callback: message and stack on stderr,
// exit status 1, output printed before it kept.
print("before");
function fail() {
  throw new Error("boom in timer");
}
setTimeout(() => fail(), 1);
setTimeout(() => print("never"), 50);
