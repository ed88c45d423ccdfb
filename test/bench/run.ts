import { readdirSync } from "fs";
import { join } from "path";

type BenchModule = { run: () => ReadonlyArray<object> | Promise<ReadonlyArray<object>> };

/**
 * Runs every `*.bench.js` module beside this file (or those named on the command line) and
 * prints one JSON line per figure. Figures are compared with baselines measured in the same run.
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const modules = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.js"))
    .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
    .sort();
  let failed = false;
  for (const file of modules) {
    try {
      const bench = (await import(join(__dirname, file))) as BenchModule;
      for (const figure of await bench.run()) {
        console.log(JSON.stringify({ bench: file.replace(/\.bench\.js$/, ""), ...figure }));
      }
    } catch (error) {
      failed = true;
      console.error(`${file}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
