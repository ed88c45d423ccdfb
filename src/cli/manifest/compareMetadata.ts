/** A function of a functions.json, as far as two languages must agree on it. */
type FunctionShape = Record<string, unknown> & {
  readonly id?: unknown;
  readonly parameters?: ReadonlyArray<Record<string, unknown>>;
};

/** What may differ between languages: the words and where their help lives. */
const WORDS = new Set(["description", "helpUrl"]);

function shape(value: Record<string, unknown>): string {
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !WORDS.has(key) && key !== "parameters")
        .sort(([a], [b]) => a.localeCompare(b))
    )
  );
}

function functionsOf(json: string, what: string): ReadonlyArray<FunctionShape> | string {
  try {
    const parsed = JSON.parse(json) as { functions?: unknown };
    return Array.isArray(parsed.functions)
      ? (parsed.functions as ReadonlyArray<FunctionShape>)
      : `${what} has no "functions" list`;
  } catch (error) {
    return `${what} is not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Checks a localized functions metadata file against the default one: the same functions in the
 * same order with the same ids, names, parameters, types and options; only descriptions and help
 * URLs may differ, and each of those must be given.
 *
 * @param defaultJson - functions.json's text
 * @param localizedJson - the localized file's text (functions.ja.json)
 * @param name - the localized file's name, for the messages
 * @returns one message per difference; empty when they agree
 * @example
 * compareMetadata('{"functions":[{"id":"A","name":"A"}]}', '{"functions":[{"id":"A","name":"B","description":"説明"}]}', "functions.ja.json") //=> ["functions.ja.json: function 1 (A) differs from functions.json beyond its description and help URL"]
 */
export function compareMetadata(
  defaultJson: string,
  localizedJson: string,
  name: string
): string[] {
  const base = functionsOf(defaultJson, "functions.json");
  const localized = functionsOf(localizedJson, name);
  if (typeof base === "string" || typeof localized === "string") {
    return [base, localized].filter((v): v is string => typeof v === "string");
  }
  if (base.length !== localized.length) {
    return [`${name}: ${localized.length} functions, functions.json has ${base.length}`];
  }
  return base.flatMap((f, i) => {
    const l = localized[i];
    const label = `${name}: function ${i + 1} (${String(f.id)})`;
    const problems: string[] = [];
    if (shape(f) !== shape(l)) {
      problems.push(`${label} differs from functions.json beyond its description and help URL`);
    }
    const fp = f.parameters ?? [];
    const lp = l.parameters ?? [];
    if (fp.length !== lp.length || fp.some((p, j) => shape(p) !== shape(lp[j]))) {
      problems.push(`${label} has other parameters than functions.json`);
    }
    if (typeof l.description !== "string" || lp.some((p) => typeof p.description !== "string")) {
      problems.push(`${label} lacks a description`);
    }
    return problems;
  });
}
