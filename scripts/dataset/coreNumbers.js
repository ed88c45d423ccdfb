/**
 * The project's one parser of printed figures (src/core/numbers/parseReported.ts), compiled to lib/
 * for the dataset scripts: only that file and what it imports, so the scripts never hold a parser
 * of their own.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "../..");

/** Compiles core/numbers' parser with tsc and returns its module. */
function loadCoreNumbers() {
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
      "--target",
      "ES2022",
      "--strict",
      "--skipLibCheck",
      "--types",
      "node",
      "src/core/numbers/parseReported.ts",
    ],
    { cwd: root, stdio: "inherit" }
  );
  if (compiled.status !== 0) {
    throw new Error("src/core/numbers/parseReported.ts does not compile");
  }
  return require(path.join(root, "lib/src/core/numbers/parseReported.js"));
}

module.exports = { loadCoreNumbers };
