import officeAddins from "eslint-plugin-office-addins";
import * as tsParser from "@typescript-eslint/parser";
import globals from "globals";

// Reuse the plugin objects office-addins registers: ESLint refuses a second, different instance
// under the same name, and office-addins carries its own copy of typescript-eslint.
const base = officeAddins.configs.react.find((c) => c.plugins && c.plugins["@typescript-eslint"]);
const sharedPlugins = base.plugins;

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "artifacts/**"] },
  ...officeAddins.configs.react,
  {
    // office-addins' own TypeScript block leaves out .tsx: give components the same parser and rules.
    files: ["**/*.{ts,tsx}"],
    plugins: sharedPlugins,
    // office-addins reads the parser's default export, which @typescript-eslint/parser 8 lacks.
    languageOptions: { ...base.languageOptions, parser: tsParser },
    rules: base.rules,
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser, ecmaVersion: 2022 },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    // Build and start scripts run on Node 20: let them use its syntax and globals.
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: { ...globals.node },
    },
  },
];
