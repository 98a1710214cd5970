// An import of a binary file gives its bytes as a Uint8Array (esbuild's
// binary loader); each import of it is the same array.
import logo from "./data/logo.png";
import again from "./data/logo.png";
print(logo instanceof Uint8Array, logo.length, logo === again);
print(Array.from(logo, (b) => b.toString(16).padStart(2, "0")).join(" "));
print(String.fromCharCode(...logo.subarray(1, 4)));
