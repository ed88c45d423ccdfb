/**
 * `npm run validate [manifest.xml]`: compiles the offline manifest validator (src/cli/manifest,
 * only those files, so a half-finished file elsewhere cannot block it) to lib/, then runs it.
 * No network. Exit code 1 and one line per problem when the manifest is unsound.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
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
    "src/cli/manifest/main.ts",
  ],
  { cwd: root, stdio: "inherit" }
);
if (compiled.status !== 0) {
  console.error("validate: the manifest validator does not compile");
  process.exit(compiled.status === null ? 1 : compiled.status);
}
require(path.join(root, "lib/src/cli/manifest/main.js"));
