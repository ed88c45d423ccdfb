/**
 * npm 11 writes a lock without the other platforms' optional bindings of unrs-resolver (a
 * dependency of jest 30) and then `npm ci` refuses that same lock as out of sync. This script
 * adds the missing entries, marked optional and limited to their platform, so that `npm ci`
 * accepts the lock and installs only the binding of the machine it runs on.
 * Run it after any `npm install` that rewrites package-lock.json.
 */
const fs = require("fs");
const path = require("path");

const lockPath = path.join(__dirname, "..", "package-lock.json");
const lock = JSON.parse(fs.readFileSync(lockPath, "utf8"));
const packages = lock.packages;
const resolver = packages["node_modules/unrs-resolver"];
if (!resolver) {
  console.log("unrs-resolver is not in the lock; nothing to do");
  process.exit(0);
}

const OS = {
  android: "android",
  darwin: "darwin",
  freebsd: "freebsd",
  linux: "linux",
  openharmony: "openharmony",
  win32: "win32",
};
const CPU = {
  "arm-eabi": "arm",
  arm64: "arm64",
  x64: "x64",
  ia32: "ia32",
  arm: "arm",
  loong64: "loong64",
  ppc64: "ppc64",
  riscv64: "riscv64",
  s390x: "s390x",
};

let added = 0;
for (const [name, version] of Object.entries(resolver.optionalDependencies || {})) {
  const key = `node_modules/${name}`;
  if (packages[key]) {
    continue;
  }
  const triple = name.replace("@unrs/resolver-binding-", "").split("-");
  const os = OS[triple[0]];
  const cpu = CPU[triple.slice(1).join("-")] || CPU[triple[1]];
  const entry = { version, cpu: [cpu], dev: true, license: "MIT", optional: true, os: [os] };
  const abi = triple[2] || "";
  if (abi.startsWith("gnu")) {
    entry.libc = ["glibc"];
  } else if (abi.startsWith("musl")) {
    entry.libc = ["musl"];
  }
  packages[key] = entry;
  added += 1;
}
// npm keeps its own order on the next install; the new entries simply follow the others.
fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} platform binding(s) to package-lock.json`);
