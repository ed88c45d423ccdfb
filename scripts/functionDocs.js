/**
 * `npm run functions`: writes what is derived from the function catalogue
 * (src/functions/catalogue/functionCatalogue.ts) into files that are committed:
 * src/functions/functions.ts (whose JSDoc custom-functions-metadata reads) and the README's
 * function table. Tests fail when either differs from what this writes.
 */
const fs = require("fs");
const path = require("path");
const { compileToLib, root } = require("./compileToLib");
const { DEV_URL } = require("./buildOptions");

const ENTRY = "src/functions/docs/functionDocs.ts";
const COMPARE = "src/cli/manifest/compareMetadata.ts";

function fresh(file) {
  const compiled = path.join(root, "lib", file.replace(/\.ts$/, ".js"));
  // A watching build compiles again after an edit: forget the modules compiled before.
  for (const key of Object.keys(require.cache)) {
    if (key.startsWith(path.join(root, "lib", "src"))) delete require.cache[key];
  }
  return require(compiled);
}

/**
 * The renderers and the metadata comparison, compiled to lib/ (null when they do not compile).
 * @returns {null | (typeof import("../src/functions/docs/functionDocs") & typeof import("../src/cli/manifest/compareMetadata"))}
 */
function loadFunctionDocs() {
  if (compileToLib([ENTRY, COMPARE]) !== 0) return null;
  return { ...fresh(ENTRY), ...fresh(COMPARE) };
}

function main() {
  const docs = loadFunctionDocs();
  if (docs === null) {
    console.error("functions: the catalogue does not compile");
    return 1;
  }
  const source = path.join(root, "src/functions/functions.ts");
  fs.writeFileSync(source, docs.renderFunctionsSource(docs.FUNCTION_CATALOGUE, DEV_URL));
  const readme = path.join(root, "README.md");
  fs.writeFileSync(
    readme,
    docs.replaceReadmeTable(fs.readFileSync(readme, "utf8"), docs.FUNCTION_CATALOGUE)
  );
  console.log("functions: wrote src/functions/functions.ts and README.md's function table");
  return 0;
}

if (require.main === module) {
  process.exitCode = main();
}

module.exports = { loadFunctionDocs };
