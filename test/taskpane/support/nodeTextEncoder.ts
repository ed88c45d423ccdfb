import { TextEncoder } from "util";

// jsdom has no TextEncoder, which the Excel adapter's size estimates use; Node's is the same API.
if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder });
}
