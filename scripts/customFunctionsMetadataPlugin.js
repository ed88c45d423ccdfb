/**
 * Writes functions.json from the JSDoc of the custom functions, and FAILS the build when the
 * metadata has errors. (custom-functions-metadata's own plugin and CLI report errors yet let the
 * build succeed, which would ship functions Excel silently refuses to register.)
 */
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const PLUGIN = "IIJCustomFunctionsMetadata";

class CustomFunctionsMetadataPlugin {
  /** @param {{ input: string, output: string }} options */
  constructor(options) {
    this.input = path.resolve(options.input);
    this.output = options.output;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.fileDependencies.add(this.input);
      compilation.hooks.processAssets.tapPromise(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () =>
          generateCustomFunctionsMetadata(this.input, true).then(
            (result) => {
              if (result.errors.length === 0) {
                compilation.emitAsset(this.output, new sources.RawSource(result.metadataJson));
                return;
              }
              const file = path.relative(process.cwd(), this.input);
              for (const message of result.errors) {
                compilation.errors.push(new WebpackError(`${PLUGIN}: ${file}: ${message}`));
              }
            },
            (error) => {
              compilation.errors.push(new WebpackError(`${PLUGIN}: ${error.message || error}`));
            }
          )
      );
    });
  }
}

module.exports = { CustomFunctionsMetadataPlugin };
