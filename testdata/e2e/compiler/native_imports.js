// Every way of importing a native module binds the same exports object.
import * as std from "std";
import stdDefault from "std";
import { getenv } from "qjs:std";
import * as qos from "qjs:os";
import os from "os";
const { puts } = require("std");

print(typeof std.puts, stdDefault === std, getenv === std.getenv, puts === std.puts);
print(qos.getpid === os.getpid, Object.keys(std).includes("default"));
const desc = Object.getOwnPropertyDescriptor(std, "printf");
print(typeof desc.value, "get" in desc);
