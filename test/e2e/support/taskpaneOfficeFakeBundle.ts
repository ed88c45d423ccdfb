import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

type Stats = { hasErrors(): boolean; toString(options: unknown): string };
type Webpack = (config: unknown, callback: (error: Error | null, stats?: Stats) => void) => void;

/**
 * Bundles taskpaneOfficeFake.ts (with the Excel adapter's typed fake it imports) into one
 * browser script, with the same webpack and ts-loader as the add-in.
 *
 * @returns the script's path, for page.addInitScript({ path })
 * @example
 * const fake = await bundleOfficeFake(); await installOfficeMock(page, fake);
 */
export async function bundleOfficeFake(): Promise<string> {
  const root = resolve(__dirname, "..", "..", "..");
  const out = mkdtempSync(join(tmpdir(), "taskpane-office-fake-"));
  const webpack = require("webpack") as Webpack;
  await new Promise<void>((done, fail) =>
    webpack(
      {
        mode: "development",
        devtool: false,
        target: "web",
        entry: join(__dirname, "taskpaneOfficeFake.ts"),
        output: { path: out, filename: "officeFake.js", iife: true },
        resolve: { extensions: [".ts", ".js"] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              loader: "ts-loader",
              options: {
                configFile: join(root, "tsconfig.json"),
                transpileOnly: true,
                compilerOptions: { module: "es2020", noEmit: false },
              },
            },
          ],
        },
      },
      (error, stats) =>
        error !== null || stats === undefined || stats.hasErrors()
          ? fail(error ?? new Error(stats?.toString({ all: false, errors: true })))
          : done()
    )
  );
  return join(out, "officeFake.js");
}
