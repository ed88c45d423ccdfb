import { existsSync, readFileSync } from "fs";
import { dirname, resolve, sep } from "path";
import { validateManifest } from "./validateManifest";

/**
 * `npm run validate [MANIFEST…]`: checks manifest.xml (and the built dist/manifest.xml, whose
 * folder holds functions.json and its translations) offline and prints one line per problem.
 * Exit code 0 when sound, 1 on problems, 2 when the manifest cannot be read.
 */
function validateFile(name: string): number {
  const manifestPath = resolve(name);
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
  for (const problem of problems) console.error(`${name}: ${problem}`);
  if (problems.length === 0) console.log(`${name}: valid`);
  return problems.length === 0 ? 0 : 1;
}

/** The manifests named, or manifest.xml and, once built, dist/manifest.xml with its files. */
function main(argv: ReadonlyArray<string>): number {
  const names =
    argv.length > 0
      ? argv
      : ["manifest.xml", ...(existsSync("dist/manifest.xml") ? ["dist/manifest.xml"] : [])];
  return Math.max(...names.map(validateFile));
}

process.exitCode = main(process.argv.slice(2));
