// Without the Buffer global, node:crypto and node:child_process return
// Uint8Arrays (under node, Buffers, which are Uint8Arrays too).
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";

const d = createHash("sha1").update("abc").digest();
console.log(d instanceof Uint8Array, d.length, Array.from(d.subarray(0, 4)).join());
const r = spawnSync("printf", ["abc"]);
console.log(r.stdout instanceof Uint8Array, new TextDecoder().decode(r.stdout), r.stderr.length);
