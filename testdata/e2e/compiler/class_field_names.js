// Class fields named get, set, static and async, which goja's parser reads
// as the start of an accessor or a modifier: gojsc quotes their names.
class P {
  get = () => "got";
  set = 2;
  static = 3;
  async = 4;
  get x() {
    return "accessor";
  }
  static s = "static field";
}
const p = new P();
print(p.get(), p.set, p.static, p.async, p.x, P.s);
var get = 5;
get = 6;
print(get);
class Q { set = 1; static = 2; get; }
print(JSON.stringify(new Q()));
