import * as os from "os";

function load(config) {
  return config.missing.value;
}
load({});
os.Worker.parent.onmessage = () => {};
