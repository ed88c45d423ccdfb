import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTION_IDS } from "../../src/functions/functionIds";

/**
 * Every "Help on this function" link of the BUILT add-in resolves inside dist/: the metadata Excel
 * reads (functions.json, and functions.ja.json for Japanese Excel) points each function at a page
 * the build wrote, under the address the manifest is served from, at an anchor that page holds.
 * Runs over `npm run build`'s output, as CI's end-to-end step does.
 */

const DIST = join(process.cwd(), "dist");
const { productionUrl } = require("../../scripts/buildOptions.js") as {
  productionUrl: (env: NodeJS.ProcessEnv) => string;
};
const BASE = productionUrl(process.env);

type Metadata = { functions: ReadonlyArray<{ id: string; helpUrl?: string }> };

function metadata(file: string): Metadata {
  return JSON.parse(readFileSync(join(DIST, file), "utf8")) as Metadata;
}

/** The ids of the elements of an HTML page, quoted or (minified) not. */
function anchorsOf(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/\sid=(?:"([^"]+)"|'([^']+)'|([^\s>"']+))/g)].map((m) => m[1] ?? m[2] ?? m[3])
  );
}

describe.each([
  ["functions.json", "functions-reference.html"],
  ["functions.ja.json", "functions-reference.ja.html"],
])("the help links of dist/%s", (file, page) => {
  it(`name every function, each at its own anchor of ${page} in dist/`, () => {
    expect(existsSync(join(DIST, file))).toBe(true);
    const { functions } = metadata(file);
    expect(functions.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
    const broken: string[] = [];
    for (const f of functions) {
      const url = new URL(f.helpUrl ?? "");
      const relative = `${url.origin}${url.pathname}`.startsWith(BASE)
        ? `${url.origin}${url.pathname}`.slice(BASE.length)
        : null;
      const target = relative === null ? null : join(DIST, relative);
      const anchors =
        target !== null && existsSync(target) ? anchorsOf(readFileSync(target, "utf8")) : null;
      if (relative !== page || anchors === null || !anchors.has(url.hash.slice(1))) {
        broken.push(`${f.id}: ${f.helpUrl ?? "(none)"}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
