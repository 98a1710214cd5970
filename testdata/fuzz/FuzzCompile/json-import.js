import data from "./data.json";
import text from "./notes.txt";
console.log(data, text);
