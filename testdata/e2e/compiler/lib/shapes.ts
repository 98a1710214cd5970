export interface Shape { area(): number }
export class Square implements Shape {
  constructor(private side: number) {}
  area(): number { return this.side ** 2; }
}
export enum Color { Red = "red", Green = "green" }
