import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_CATALOGUE } from "../../src/functions/catalogue/functionCatalogue";
import type { FunctionSpec } from "../../src/functions/catalogue/FunctionSpec";
import { helpUrl } from "../../src/functions/docs/referencePages";
import type { FunctionId } from "../../src/functions/functionIds";
import * as functions from "../../src/functions/functions";
const { DEV_URL } = require("../../scripts/buildOptions") as { DEV_URL: string };

const SOURCE = join(__dirname, "../../src/functions/functions.ts");

type Metadata = {
  functions: Array<{
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: Array<{ name: string; description?: string; optional?: boolean }>;
  }>;
};

/** Parameter names and optional flags as the TypeScript signatures declare them. */
function signatures(source: string): Map<string, Array<{ name: string; optional: boolean }>> {
  const result = new Map<string, Array<{ name: string; optional: boolean }>>();
  for (const m of source.matchAll(/export function (\w+)\(([^)]*)\)/g)) {
    const params = m[2]
      .split(",")
      .map((p) => p.replace(/\/\/.*$/gm, "").trim())
      .filter((p) => p !== "")
      .map((p) => {
        const name = /^(\w+)/.exec(p)?.[1] ?? "";
        return { name, optional: /^\w+\?/.test(p) };
      });
    result.set(m[1], params);
  }
  return result;
}

describe("the functions' metadata", () => {
  let metadata: Metadata;
  let errors: string[];

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(SOURCE, true);
    errors = generated.errors;
    metadata = JSON.parse(generated.metadataJson) as Metadata;
  }, 60_000);

  it("is generated without errors", () => {
    expect(errors).toEqual([]);
  });

  it("registers every function that is associated, and nothing else", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(
      Object.keys(functions.FUNCTIONS).sort()
    );
  });

  it("has unique upper-case ids of at least three letters that are not cell references", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Z][A-Z0-9.]{2,}$/);
      expect(id).not.toMatch(/^[A-Z]{1,3}[0-9]+$/);
      expect(id).not.toMatch(/^R[0-9]*C[0-9]*$/);
    }
  });

  it("points every function at its anchor on the add-in's own reference page", () => {
    for (const f of metadata.functions) {
      expect(f.helpUrl).toBe(helpUrl(DEV_URL, f.id as FunctionId, "en"));
    }
  });

  it("says what the catalogue says: summary, parameters, optional flags, descriptions", () => {
    for (const f of metadata.functions) {
      const spec: FunctionSpec = FUNCTION_CATALOGUE[f.id as FunctionId];
      expect({ id: f.id, description: f.description }).toEqual({
        id: f.id,
        description: spec.summary.en,
      });
      expect(
        f.parameters.map((p) => ({
          name: p.name,
          description: p.description,
          optional: p.optional === true,
        }))
      ).toEqual(
        spec.parameters.map((p) => ({
          name: p.name,
          description: p.help.en,
          optional: p.optional === true,
        }))
      );
    }
  });

  it("declares the parameters of the TypeScript signatures, optional where they are", () => {
    const declared = signatures(readFileSync(SOURCE, "utf8"));
    for (const [id, fn] of Object.entries(functions.FUNCTIONS)) {
      const meta = metadata.functions.find((f) => f.id === id);
      expect(meta).toBeDefined();
      expect(
        meta?.parameters.map((p) => ({ name: p.name, optional: p.optional === true }))
      ).toEqual(declared.get(fn.name));
    }
  });
});
