import * as std from "std";
import { setTimeout } from "os";
const n = await new Promise((resolve) => setTimeout(() => resolve(42), 1));
std.printf("%d %s\n", n, std.sprintf("%5.2f", Math.PI));
export {};
