import { nothing } from "./does-not-exist.js";
import fs from "fs";
console.log(nothing, fs);
