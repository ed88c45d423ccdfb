/**
 * Writes what the build derives from the function catalogue beside functions.json:
 * functions-reference.html and functions-reference.ja.html (one anchor per function, where every
 * helpUrl points), and functions.ja.json (the metadata with Japanese descriptions, which the
 * manifest's ja-JP Override selects). In production the help URLs are rewritten to the hosting
 * address. The build FAILS when the catalogue does not compile or the Japanese metadata differs
 * from functions.json beyond its words.
 */
const path = require("path");
const { loadFunctionDocs } = require("./functionDocs");
const { DEV_URL } = require("./buildOptions");

const PLUGIN = "IIJFunctionReference";
const METADATA = "functions.json";
const LOCALIZED = { ja: "functions.ja.json" };

class FunctionReferencePlugin {
  /** @param {{ base: string }} options the add-in's address, ending in "/" */
  constructor(options) {
    this.base = options.base;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.contextDependencies.add(path.join(__dirname, "..", "src", "functions"));
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const fail = (message) =>
            compilation.errors.push(new WebpackError(`${PLUGIN}: ${message}`));
          const docs = loadFunctionDocs();
          if (docs === null) {
            fail("the function catalogue does not compile (src/functions/docs/functionDocs.ts)");
            return;
          }
          for (const language of ["en", "ja"]) {
            compilation.emitAsset(
              docs.REFERENCE_PAGES[language],
              new sources.RawSource(docs.renderReferencePage(docs.FUNCTION_CATALOGUE, language))
            );
          }
          const metadata = compilation.getAsset(METADATA);
          if (metadata === undefined) {
            fail(`${METADATA} was not generated, so it has no Japanese version`);
            return;
          }
          const json = String(metadata.source.source()).split(DEV_URL).join(this.base);
          compilation.updateAsset(METADATA, new sources.RawSource(json));
          for (const [language, file] of Object.entries(LOCALIZED)) {
            const localized = docs.localizeMetadata(
              json,
              docs.FUNCTION_CATALOGUE,
              language,
              this.base
            );
            for (const problem of docs.compareMetadata(json, localized, file)) fail(problem);
            compilation.emitAsset(file, new sources.RawSource(localized));
          }
        }
      );
    });
  }
}

module.exports = { FunctionReferencePlugin };
