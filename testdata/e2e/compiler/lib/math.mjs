export const square = (x) => x * x;
export default function cube(x) { return x * x * x; }
