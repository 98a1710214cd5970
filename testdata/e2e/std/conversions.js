// std functions convert string arguments as QuickJS does: a Symbol throws
// a TypeError (never its description used as a file name, command or
// text), and evalScript/loadScript report a syntax error as a plain
// SyntaxError.
import * as std from "qjs:std";

function check(name, f) {
  try {
    print(name, "=>", JSON.stringify(f()));
  } catch (e) {
    print(name, "throws", e.name + ": " + e.message);
  }
}

const sym = Symbol("conversions-sym");
check("getenv", () => std.getenv(sym));
check("setenv", () => std.setenv("GOJSC_CONV", sym));
check("unsetenv", () => std.unsetenv(sym));
check("open name", () => std.open(sym, "r"));
check("open mode", () => std.open("conversions.js", sym));
check("popen command", () => std.popen(sym, "r"));
check("popen mode", () => std.popen("true", sym));
check("fdopen mode", () => std.fdopen(0, sym));
check("loadFile", () => std.loadFile(sym));
check("writeFile name", () => std.writeFile(sym, "x"));
check("writeFile data", () => std.writeFile(std.getenv("TMPDIR") + "/w", sym));
check("loadScript", () => std.loadScript(sym));
check("evalScript", () => std.evalScript(sym));
check("parseExtJSON", () => std.parseExtJSON(sym));
check("urlGet", () => std.urlGet(sym));
check("puts", () => std.puts(sym));
check("printf format", () => std.printf(sym));
check("sprintf format", () => std.sprintf(sym));
check("sprintf %s", () => std.sprintf("%s", sym));
check("FILE.puts", () => std.err.puts(sym));
check("FILE.printf", () => std.err.printf(sym));
check("no file named after the symbol", () => std.loadFile("conversions-sym"));

check("evalScript syntax", () => std.evalScript("1 +"));
check("evalScript bad assignment", () => std.evalScript("1 = 2"));
check("evalScript async syntax", () => std.evalScript("await (", { async: true }));
const f = std.getenv("TMPDIR") + "/bad.js";
std.writeFile(f, "let = ;");
check("loadScript syntax", () => std.loadScript(f));
check("evalScript ok", () => std.evalScript("var convGlobal = 6; convGlobal * 7"));
check("global kept", () => globalThis.convGlobal);
