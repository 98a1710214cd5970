import * as std from "std";
import { greet } from "./lib.js";
print(greet(scriptArgs.slice(1).join(" ")));
std.exit(3);
