/**
 * Compiles one TypeScript entry point, and only what it imports, to lib/ with tsc, so a script can
 * require the project's own code without a whole build (and a half-finished file elsewhere cannot
 * block it).
 */
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");

/**
 * @param {string | string[]} entry the entry point(s), relative to the repository ("src/cli/manifest/main.ts")
 * @returns {number} tsc's exit status (0 when it compiled)
 */
function compileToLib(entry) {
  const tsc = require.resolve("typescript/bin/tsc");
  const compiled = spawnSync(
    process.execPath,
    [
      tsc,
      "--outDir",
      "lib",
      "--rootDir",
      ".",
      "--module",
      "commonjs",
      "--moduleResolution",
      "node",
      "--target",
      "ES2022",
      "--strict",
      "--esModuleInterop",
      "--skipLibCheck",
      "--types",
      "node",
      ...[].concat(entry),
    ],
    { cwd: root, stdio: "inherit" }
  );
  return compiled.status === null ? 1 : compiled.status;
}

module.exports = { compileToLib, root };
