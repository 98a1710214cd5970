// An npm package named like a native module that is not linked (here the
// "process" shim) is bundled as the package it is.
import proc from "process";
print(proc.shim);
