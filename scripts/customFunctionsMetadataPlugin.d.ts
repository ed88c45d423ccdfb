/** Types of scripts/customFunctionsMetadataPlugin.js (a webpack plugin, CommonJS). */

/** Where the custom functions' source is and which asset to write. */
export type CustomFunctionsMetadataOptions = {
  readonly input: string;
  readonly output: string;
};

/**
 * A webpack plugin that writes functions.json from the functions' JSDoc and adds one
 * compilation error per metadata error, so the build fails.
 */
export declare class CustomFunctionsMetadataPlugin {
  /** @param options - input source file and output asset name */
  constructor(options: CustomFunctionsMetadataOptions);
  /** @param compiler - webpack's compiler (typed loosely: only its hooks and webpack namespace are used) */
  apply(compiler: unknown): void;
}
