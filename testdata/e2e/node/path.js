import path from "node:path";
import { join, posix, win32 } from "path";

const show = (label, v) => console.log(label, JSON.stringify(v));
const cases = ["", "/", "//", "///a", "a", "a/", "/a", "//a", "/a/b/", "/a/b//c", "a/../", "a/..", "./", ".", "..",
	"../a/./b/../../c", "/../a", "foo/bar/baz.txt", ".profile", ".index.md", "index.", "a..", "...", "..a", "a/b.c/d",
	"file.tar.gz", "/home/user/dir/file.txt", "a//b///c/"];
for (const p of cases) {
	show(`normalize(${JSON.stringify(p)})`, path.normalize(p));
	show(`dirname(${JSON.stringify(p)})`, path.dirname(p));
	show(`basename(${JSON.stringify(p)})`, path.basename(p));
	show(`extname(${JSON.stringify(p)})`, path.extname(p));
	show(`parse(${JSON.stringify(p)})`, path.parse(p));
	show(`isAbsolute(${JSON.stringify(p)})`, path.isAbsolute(p));
}
show("join", [join(), join(""), join("a", "", "b"), join("/a", "../..", "b"), join("a", "/b/", "c/")]);
show("basename ext", [path.basename("/a/b.js", ".js"), path.basename("b.js", "b.js"), path.basename("a.js/", ".js"), path.basename("x.js", "js")]);
show("resolve", [path.resolve("/a/b", "./c"), path.resolve("/a/b", "/c", "d"), path.resolve("/x", "..", "..", "y/")]);
show("resolve cwd", path.isAbsolute(path.resolve("a")));
show("relative", [path.relative("/a/b", "/a/b/c"), path.relative("/a/b/c", "/a/b"), path.relative("/", "/a"), path.relative("/a", "/"),
	path.relative("/data/orandea/test/aaa", "/data/orandea/impl/bbb"), path.relative("/a", "/a")]);
show("format", [path.format({ root: "/ignored", dir: "/home/user/dir", base: "file.txt" }), path.format({ root: "/", base: "file.txt", ext: "ignored" }),
	path.format({ root: "/", name: "file", ext: ".txt" }), path.format({ name: "file", ext: "txt" }), path.format({})]);
show("consts", [path.sep, path.delimiter, win32.sep, win32.delimiter, path.posix === posix, path.win32 === win32, posix.win32 === win32]);
show("win32", [win32.normalize("C:/a/b/../c"), win32.normalize("C:\\temp\\\\foo\\bar\\..\\"), win32.join("C:\\a", "b", "..\\c"),
	win32.isAbsolute("C:\\a"), win32.isAbsolute("C:a"), win32.isAbsolute("\\\\server\\share"), win32.isAbsolute("a/b"),
	win32.basename("C:\\foo.html", ".html"), win32.dirname("C:\\a\\b"), win32.extname("C:\\a\\b.txt"),
	win32.parse("C:\\path\\dir\\file.txt"), win32.resolve("C:\\a", "b", "..\\c"), win32.relative("C:\\orandea\\test\\aaa", "C:\\orandea\\impl\\bbb"),
	win32.toNamespacedPath("C:\\a\\b"), win32.normalize("\\\\server\\share\\a\\..\\b")]);
for (const bad of [1, undefined, null, {}, [], () => {}, true, 10n, Symbol("s")]) {
	try {
		path.join("a", bad);
	} catch (e) {
		console.log(e.name, e.code, e.message);
	}
}
try { path.basename("a", 3); } catch (e) { console.log(e.code, e.message); }
try { path.format("x"); } catch (e) { console.log(e.code, e.message); }
try { path.relative(null, "a"); } catch (e) { console.log(e.code, e.message); }
