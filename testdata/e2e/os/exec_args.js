// os.exec reads its argument list as QuickJS does: anything without a
// length is an empty list (TypeError), a hole in an array-like is the
// string "undefined", a Symbol throws a TypeError; none of them may crash.
import * as os from "qjs:os";

function check(name, f) {
  try {
    print(name, "=>", JSON.stringify(f()));
  } catch (e) {
    print(name, "throws", e.name + ": " + e.message);
  }
}

check("number", () => os.exec(5));
check("plain object", () => os.exec({}));
check("empty array", () => os.exec([]));
check("undefined", () => os.exec());
check("negative length", () => os.exec({ length: -1, 0: "true" }));
check("too many", () => os.exec({ length: 65536 }));
check("hole is 'undefined'", () => os.exec(["sh", "-c", 'test "$0" = undefined', , ]));
check("sparse array", () => os.exec(["sh", "-c", 'test "$0" = undefined && test "$1" = x', undefined, "x"]));
check("symbol", () => os.exec([Symbol("s")]));
check("symbol in env", () => os.exec(["true"], { env: { A: Symbol("s") } }));
check("null options", () => os.exec(["true"], null));
check("number options", () => os.exec(["sh", "-c", "exit 5"], 1));
