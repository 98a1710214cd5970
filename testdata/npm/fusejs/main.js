// Fuse's ignoreDiacritics strips combining marks with a Unicode property
// escape (\p{M} under the u flag) after NFD normalisation.
import Fuse from "fuse.js";
const books = [
  { title: "Old Man's War", author: { name: "John Scalzi" } },
  { title: "The Lock Artist", author: { name: "Steve Hamilton" } },
  { title: "HTML5", author: { name: "Remy Sharp" } },
  { title: "Crème brûlée à la française", author: { name: "Amélie Poulain" } },
  { title: "Angels & Demons", author: { name: "Dan Brown" } },
  { title: "The Code of the Wooster", author: { name: "P.G. Wodehouse" } },
];
const show = (label, results) =>
  console.log(label, JSON.stringify(results.map((r) => [r.refIndex, r.item.title, r.score])));
const fuse = new Fuse(books, { keys: ["title", "author.name"], includeScore: true });
show("wooster:", fuse.search("wostr"));
show("man:", fuse.search("man"));
const plain = new Fuse(books, { keys: ["title"], includeScore: true, ignoreDiacritics: true });
show("creme brulee:", plain.search("creme brulee"));
const ext = new Fuse(books, { keys: ["title", "author.name"], useExtendedSearch: true });
show("extended:", ext.search("=HTML5 | ^Angels | 'Code"));
const matches = new Fuse(["apple", "pineapple", "maple syrup"], { includeMatches: true, minMatchCharLength: 2 });
for (const r of matches.search("aple")) console.log(r.item, JSON.stringify(r.matches.map((m) => m.indices)));
// Token search splits words with /[\p{L}\p{M}\p{N}_]+/gu.
const tokens = new Fuse(books, { keys: ["title"], includeScore: true, useTokenSearch: true });
show("tokens:", tokens.search("française brulee"));
