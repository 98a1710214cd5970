interface Point { x: number; y: number }
enum Color { Red, Green = 4 }
const norm = (p: Point): number => Math.hypot(p.x, p.y);
class Box<T> { constructor(private readonly value: T) {} get(): T { return this.value } }
console.log(norm({ x: 3, y: 4 }), Color.Green, new Box<string>("x").get());
