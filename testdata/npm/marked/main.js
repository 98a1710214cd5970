// marked's inline rules match punctuation and symbols with Unicode property
// escapes (\p{P}, \p{S}) under the u flag; the emphasis below sits next to
// non-ASCII punctuation so that those rules decide the output.
import { marked } from "marked";
const md = `# Título — «prueba»

Some *emphasis*, **strong**, ~~struck~~ and \`code\`.
¡*Hola*! «**bien**» and _mañana_… see https://example.com/a?b=c.

1. first
2. second
   - nested [link](https://example.org "title")

| col | right |
|-----|------:|
| a   | 1     |
| é   | 22    |

\`\`\`js
const x = 1 < 2 && "a";
\`\`\`

> quote with <b>html</b> & entities &copy;
`;
console.log(marked.parse(md));
console.log(marked.parseInline("**日本語**、*テスト*。"));
