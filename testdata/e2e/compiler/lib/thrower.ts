type Reason = string;
export function fail(reason: Reason): never {
  throw new Error("failed: " + reason);
}
