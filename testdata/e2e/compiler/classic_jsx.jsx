/** @jsx h */
function h(tag, props, ...children) {
  return `<${tag}>${children.join("")}</${tag}>`;
}
var page = <p>hello {1 + 1}</p>;
print(page, typeof globalThis.page);
