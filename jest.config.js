/** Unit, component and Office.js-mock tests. End-to-end suites live in jest.e2e.config.js. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  setupFilesAfterEnv: ["<rootDir>/test/support/testingLibrary.ts"],
  moduleNameMapper: {
    "\\.(css)$": "<rootDir>/test/support/styleStub.js",
  },
};
