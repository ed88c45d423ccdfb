import type { FunctionCatalogue, ParameterSpec, ResultType } from "../catalogue/FunctionSpec";
import { FUNCTION_IDS, type FunctionId } from "../functionIds";
import { helpUrl } from "./referencePages";

const ANY_REASON: { readonly [K in "parameter" | "grid"]: string } = {
  parameter: "text or a number; metadata has no union type",
  grid: "a spill of text and numbers; metadata knows no union matrix",
};

function typeOf(p: ParameterSpec): string {
  return p.type === "number" ? "number" : p.type === "text" ? "string" : "any";
}

const RESULT_TYPE: { readonly [R in ResultType]: string } = {
  number: "number",
  text: "string",
  grid: "any[][]",
};

/** The width Prettier wraps at (office-addin-prettier-config). */
const PRINT_WIDTH = 100;

function jsName(id: FunctionId): string {
  return id.toLowerCase();
}

function renderFunction(catalogue: FunctionCatalogue, id: FunctionId, base: string): string {
  const spec = catalogue[id];
  const lines = [
    "/**",
    ` * ${spec.summary.en}`,
    ` * @customfunction ${id}`,
    ` * @helpurl ${helpUrl(base, id, "en")}`,
    ...spec.parameters.map(
      (p) => ` * @param ${p.optional === true ? `[${p.name}]` : p.name} ${p.help.en}`
    ),
    ` * @returns ${spec.returns.en}`,
    " */",
  ];
  const declarations = spec.parameters.map(
    (p) => `${p.name}${p.optional === true ? "?" : ""}: ${typeOf(p)}`
  );
  const head = `export function ${jsName(id)}(`;
  const tail = `): ${RESULT_TYPE[spec.result]} {`;
  const oneLine = `${head}${declarations.join(", ")}${tail}`;
  const needsComments =
    spec.result === "grid" || spec.parameters.some((p) => p.type === "textOrNumber");
  // Written as Prettier writes it (printWidth 100, no trailing comma), so the file stays formatted.
  const signature =
    !needsComments && oneLine.length <= PRINT_WIDTH
      ? oneLine
      : [
          head,
          spec.parameters
            .map((p, i) =>
              p.type === "textOrNumber"
                ? `  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- ${ANY_REASON.parameter}\n  ${declarations[i]}`
                : `  ${declarations[i]}`
            )
            .join(",\n"),
          spec.result === "grid"
            ? `  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- ${ANY_REASON.grid}`
            : undefined,
          tail,
        ]
          .filter((line) => line !== undefined)
          .join("\n");
  const call = `answer(${[`"${id}"`, ...spec.parameters.map((p) => p.name)].join(", ")})`;
  const body = spec.result === "grid" ? `${call}.map((row) => [...row])` : call;
  return [...lines, signature, `  return ${body};`, "}"].join("\n");
}

/**
 * The text of src/functions/functions.ts: one JSDoc'd function per catalogue entry, which
 * custom-functions-metadata reads into functions.json, and the table registerFunctions.ts
 * associates. Written by `npm run functions`; a test fails when the file differs.
 *
 * @param catalogue - the function catalogue
 * @param base - the add-in's development address, for the help URLs
 * @returns the file's text (before Prettier formats it)
 * @example
 * renderFunctionsSource(FUNCTION_CATALOGUE, "https://localhost:3000/").includes("@customfunction EBITDA") //=> true
 */
export function renderFunctionsSource(catalogue: FunctionCatalogue, base: string): string {
  return [
    "// Written by `npm run functions` from src/functions/catalogue/functionCatalogue.ts; do not edit.",
    "// custom-functions-metadata reads the JSDoc below into functions.json.",
    'import { answer } from "./answer";',
    'import type { FunctionTable } from "./associateFunctions";',
    "",
    ...FUNCTION_IDS.map((id) => `${renderFunction(catalogue, id, base)}\n`),
    "/** Every function by the id Excel knows it by, associated by registerFunctions.ts. */",
    "export const FUNCTIONS = {",
    ...FUNCTION_IDS.map((id) => `  ${id}: ${jsName(id)},`),
    "} as const satisfies FunctionTable;",
    "",
  ].join("\n");
}
