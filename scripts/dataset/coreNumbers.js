/**
 * The project's one parser of printed figures (src/core/numbers/parseReported.ts), compiled to lib/
 * for the dataset scripts, so the scripts never hold a parser of their own.
 */
const path = require("path");
const { compileToLib, root } = require("../compileToLib");

/** Compiles core/numbers' parser and returns its module. */
function loadCoreNumbers() {
  if (compileToLib("src/core/numbers/parseReported.ts") !== 0) {
    throw new Error("src/core/numbers/parseReported.ts does not compile");
  }
  return require(path.join(root, "lib/src/core/numbers/parseReported.js"));
}

module.exports = { loadCoreNumbers };
