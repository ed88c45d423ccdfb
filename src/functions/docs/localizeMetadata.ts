import type { FunctionCatalogue } from "../catalogue/FunctionSpec";
import type { FunctionId } from "../functionIds";
import { type HelpLanguage, helpUrl } from "./referencePages";

/** The part of a functions.json entry that localizing reads and writes. */
type MetadataFunction = {
  readonly id: string;
  readonly description?: string;
  readonly helpUrl?: string;
  readonly parameters?: ReadonlyArray<{ readonly name: string; readonly description?: string }>;
};

/**
 * The functions' metadata in another language: the English functions.json (as
 * custom-functions-metadata generates it from functions.ts) with each function's description,
 * parameter descriptions and help URL taken from the catalogue in that language. Ids, names,
 * types and every other field are unchanged, so Excel registers the same functions.
 *
 * @param json - functions.json's text
 * @param catalogue - the function catalogue
 * @param language - the language to write
 * @param base - the add-in's address, ending in "/"
 * @returns the localized metadata's text
 * @example
 * JSON.parse(localizeMetadata('{"functions":[{"id":"FXRATE","name":"FXRATE","parameters":[]}]}', FUNCTION_CATALOGUE, "ja", "https://localhost:3000/")).functions[0].description //=> "発表が米ドルへの便宜上の換算に使うレート（1 米ドルあたりの円）。"
 */
export function localizeMetadata(
  json: string,
  catalogue: FunctionCatalogue,
  language: HelpLanguage,
  base: string
): string {
  const metadata = JSON.parse(json) as { functions: ReadonlyArray<MetadataFunction> };
  const functions = metadata.functions.map((f) => {
    if (!Object.prototype.hasOwnProperty.call(catalogue, f.id)) {
      throw new Error(`functions.json has ${f.id}, which the catalogue does not declare.`);
    }
    const id = f.id as FunctionId;
    const spec = catalogue[id];
    return {
      ...f,
      description: spec.summary[language],
      helpUrl: helpUrl(base, id, language),
      parameters: (f.parameters ?? []).map((p) => {
        const declared = spec.parameters.find((q) => q.name === p.name);
        if (declared === undefined) {
          throw new Error(`IIJ.${id} has a parameter ${p.name} the catalogue does not declare.`);
        }
        return { ...p, description: declared.help[language] };
      }),
    };
  });
  return JSON.stringify({ ...metadata, functions }, null, 2);
}
