// A script that calls require() is bundled as CommonJS, not as an ES
// module; the Web globals it uses still load.
const path = require("node:path");
console.log(path.basename("/a/b.txt"));
console.log(new URL("https://example.com/x?y=1").searchParams.get("y"));
console.log(typeof URLSearchParams, typeof fetch, typeof Headers, typeof AbortController, typeof EventTarget, typeof Blob);
console.log(new Event("go").type, new Blob(["abc"]).size);
setImmediate(() => console.log("immediate"));
