// package.json "exports" conditions follow the kind of import.
import { how } from "condpkg";
const required = require("condpkg");
print(how, required.how);
// With no Node built-ins, a package's browser build is the one that runs.
import { flavor } from "browserpkg";
print(flavor);
// Like Bun and Deno, process.env.NODE_ENV is "production" in a build.
print(process.env.NODE_ENV);
