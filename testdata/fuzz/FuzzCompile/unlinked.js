import { open } from "process";
console.log(open);
