// Writes golden.json: what node does with each case of cases.js, every
// match of the pattern (made global) in each probe, or the error's name.
// Run with node from this directory: node record.js
const fs = require("fs");
const { probes, cases } = require("./cases.js");
const out = cases.map(([p, f]) => {
  let re;
  try {
    re = new RegExp(p, f.includes("g") ? f : f + "g");
  } catch (e) {
    return { pattern: p, flags: f, error: e.name };
  }
  return { pattern: p, flags: f, matches: probes.map((s) => s.match(re)) };
});
fs.writeFileSync("golden.json", JSON.stringify({ node: process.version, unicode: process.versions.unicode, probes, cases: out }, null, 1) + "\n");
