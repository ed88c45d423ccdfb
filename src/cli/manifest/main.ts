import { existsSync, readFileSync } from "fs";
import { dirname, resolve, sep } from "path";
import { validateManifest } from "./validateManifest";

/**
 * `npm run validate`: checks manifest.xml offline and prints one line per problem.
 * Exit code 0 when sound, 1 on problems, 2 when the manifest cannot be read.
 */
function main(argv: ReadonlyArray<string>): number {
  const manifestPath = resolve(argv[0] ?? "manifest.xml");
  if (!existsSync(manifestPath)) {
    console.error(`${manifestPath}: no such file`);
    return 2;
  }
  const base = dirname(manifestPath);
  const readAsset = (relativePath: string): Uint8Array | null => {
    const file = resolve(base, relativePath);
    // An icon URL must not reach outside the add-in's folder.
    if (!file.startsWith(base + sep) || !existsSync(file)) return null;
    return readFileSync(file);
  };
  const problems = validateManifest(readFileSync(manifestPath, "utf8"), readAsset);
  for (const problem of problems) console.error(`${argv[0] ?? "manifest.xml"}: ${problem}`);
  if (problems.length === 0) console.log(`${argv[0] ?? "manifest.xml"}: valid`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
