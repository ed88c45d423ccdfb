/**
 * The checks that read the release's text (test/source/*.source.ts). Run them with
 * `npm run verify-source -- [FILE]`, which names the text in IIJ_RELEASE_TEXT; `npm test` never
 * reads it, so a fresh clone passes alone.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/source"],
  testMatch: ["**/*.source.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
};
