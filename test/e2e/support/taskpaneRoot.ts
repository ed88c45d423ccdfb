import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The project's folder (the one holding package.json), from test/e2e/support under ts-jest or
 * from lib/ when compiled for the benchmark.
 *
 * @returns the absolute path
 * @example
 * join(projectRoot(), "webpack.config.js")
 */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) {
    dir = dirname(dir);
  }
  return dir;
}
