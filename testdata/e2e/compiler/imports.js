import cube, { square } from "./lib/math.mjs";
import legacy from "./lib/legacy.cjs";
import data from "./lib/data.json";
import notes from "./lib/notes.txt";
import { Square, Color } from "./lib/shapes.ts";
import { greet } from "./lib/helper.mts";
import { pad } from "tinypkg";
import cjspkg from "cjspkg";
const { twice } = require("./lib/legacy.cjs");

print(square(3), cube(2), legacy.twice(4), twice(5), legacy.name);
print(data.name, data.items.length);
print(JSON.stringify(notes));
print(new Square(4).area(), Color.Green, greet("ts"));
print(pad(7, 3), cjspkg.version, cjspkg.add(2, 3));
