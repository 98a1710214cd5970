// The object form of package.json's "browser" field: a module mapped to
// false is empty, one mapped to another package or file is replaced by it,
// and a package's file mapped to another is replaced wherever it is
// imported from (here its "main").
import mapped from "browsermap";
import main from "browsermain";
for (const [k, v] of Object.entries(mapped)) print(k, v);
print(main);
