import { FUNCTION_CATALOGUE } from "../../functions/catalogue/functionCatalogue";
import type { Bilingual } from "../../functions/catalogue/FunctionSpec";
import { functionSyntax } from "../../functions/catalogue/functionSyntax";
import { FUNCTION_IDS } from "../../functions/functionIds";

/** One IIJ.* worksheet function as the reference shows it. */
export type FunctionEntry = {
  readonly name: string;
  readonly syntax: string;
  readonly summary: Bilingual;
  /** A formula that works as typed, inserted by "Insert" and tried in the playground. */
  readonly example: string;
};

/** The IIJ.* functions of the catalogue, each with a working example, in the catalogue's order. */
export const FUNCTION_REFERENCE: ReadonlyArray<FunctionEntry> = FUNCTION_IDS.map((id) => {
  const spec = FUNCTION_CATALOGUE[id];
  return {
    name: `IIJ.${id}`,
    syntax: functionSyntax(id, spec.parameters),
    summary: spec.summary,
    example: spec.example.formula,
  };
});
