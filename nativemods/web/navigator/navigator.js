// navigator as node 21 and later have it (node 20 has none).

let constructing = true;
class Navigator {
  constructor() {
    if (!constructing) throw illegalConstructor();
  }
  get hardwareConcurrency() { return natives.hardwareConcurrency; }
  get language() { return "en-US"; }
  get languages() { return ["en-US"]; }
  get platform() { return natives.platform; }
  get userAgent() { return "gojsc"; }
}
tag(Navigator, "Navigator");
const navigator = new Navigator();
constructing = false;

return { Navigator, navigator };
