import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_IDS } from "../../src/functions/functionIds";

const SOURCE = join(__dirname, "../../src/functions/functions.ts");

describe("FUNCTION_IDS", () => {
  it("lists exactly the ids of the metadata generated from functions.ts, once each", async () => {
    const generated = await generateCustomFunctionsMetadata(SOURCE, true);
    const metadata = JSON.parse(generated.metadataJson) as { functions: Array<{ id: string }> };
    expect([...FUNCTION_IDS].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(new Set(FUNCTION_IDS).size).toBe(FUNCTION_IDS.length);
  }, 60_000);
});
