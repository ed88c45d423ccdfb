/**
 * `npm run validate [MANIFEST…]`: compiles the offline manifest validator (src/cli/manifest,
 * only those files, so a half-finished file elsewhere cannot block it) to lib/, then runs it.
 * No network. Exit code 1 and one line per problem when the manifest is unsound.
 */
const path = require("path");
const { compileToLib, root } = require("./compileToLib");

const status = compileToLib("src/cli/manifest/main.ts");
if (status !== 0) {
  console.error("validate: the manifest validator does not compile");
  process.exit(status);
}
require(path.join(root, "lib/src/cli/manifest/main.js"));
