import type { FunctionCatalogue } from "../catalogue/FunctionSpec";
import { functionSyntax } from "../catalogue/functionSyntax";
import { FUNCTION_IDS } from "../functionIds";

/** The comments the README's function table sits between. */
export const README_TABLE_MARKERS = {
  start: "<!-- functions:start (written by `npm run functions` from the catalogue) -->",
  end: "<!-- functions:end -->",
} as const;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/**
 * The README's function table: each function's syntax, summary, and its example with its answer.
 *
 * @param catalogue - the function catalogue
 * @returns the table in Markdown
 * @example
 * renderReadmeTable(FUNCTION_CATALOGUE).split("\n")[2] //=> "| `IIJ.EBITDA(period, [unit])` | Adjusted EBITDA as the release reports it (operating income plus depreciation and amortization). | `=IIJ.EBITDA(\"4Q02\")` → 459 |"
 */
export function renderReadmeTable(catalogue: FunctionCatalogue): string {
  return [
    "| Function | What it answers | Example → answer |",
    "|---|---|---|",
    ...FUNCTION_IDS.map((id) => {
      const spec = catalogue[id];
      return `| \`${functionSyntax(id, spec.parameters)}\` | ${cell(spec.summary.en)} | \`${cell(spec.example.formula)}\` → ${cell(spec.example.answer)} |`;
    }),
  ].join("\n");
}

/**
 * The README with its function table (between README_TABLE_MARKERS) rendered afresh.
 *
 * @param readme - the README's text
 * @param catalogue - the function catalogue
 * @returns the README's new text
 * @example
 * replaceReadmeTable(README_TABLE_MARKERS.start + README_TABLE_MARKERS.end, FUNCTION_CATALOGUE).includes("`IIJ.FXRATE()`") //=> true
 */
export function replaceReadmeTable(readme: string, catalogue: FunctionCatalogue): string {
  const start = readme.indexOf(README_TABLE_MARKERS.start);
  const end = readme.indexOf(README_TABLE_MARKERS.end);
  if (start < 0 || end < start) {
    throw new Error(
      `README.md has no function table between "${README_TABLE_MARKERS.start}" and "${README_TABLE_MARKERS.end}".`
    );
  }
  return `${readme.slice(0, start + README_TABLE_MARKERS.start.length)}\n${renderReadmeTable(catalogue)}\n${readme.slice(end)}`;
}
