import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import json from "../../src/data/release.json";
import { dataset } from "../../src/data";
import { buildIndex } from "../../src/core/model/buildIndex";
import { compileRules } from "../../src/core/checks/compileRules";
import { compileRuleList } from "../../src/core/checks/compileRuleList";
import { deriveRules } from "../../src/core/checks/deriveRules";
import { readFigures } from "../../src/core/checks/readFigures";
import { datasetSources } from "../../src/core/checks/datasetSources";
import { runChecks } from "../../src/core/checks/runChecks";
import { evaluateRule } from "../../src/core/checks/evaluateRule";
import type { Rule } from "../../src/core/checks/Rule";
import { buildWorkbookPlan } from "../../src/core/layout/buildWorkbookPlan";
import { functionsContext } from "../../src/functions/pure/FunctionsContext";
import { createFunctionsCore } from "../../src/functions/pure/functionsCore";
import { collectResources } from "../../src/cli/manifest/ManifestResources";
import { parseXml } from "../../src/cli/manifest/parseXml";
import { FUNCTION_CATALOGUE } from "../../src/functions/catalogue/functionCatalogue";
import { playgroundRegistry } from "../../src/taskpane/playground/playgroundRegistry";
import { readExamples, type Example } from "./readExamples";
import { buildCard } from "../../src/core/card/buildCard";
import type { CardContext } from "../../src/core/card/CardContext";
import { createCardContext } from "../../src/core/card/createCardContext";
import { figureProvenance } from "../../src/core/provenance/figureProvenance";
import { figureCardJson } from "../../src/cli/figureCardJson";

/**
 * Every `@example` with an answer (`expression //=> answer`) in src/ is run and its answer checked,
 * so the documentation cannot drift from the code. An answer with "…" is matched as a pattern
 * against the result written the way the examples write values; any other answer is evaluated and
 * compared for deep equality. Names an example uses beyond its own module's exports come from
 * SCOPE (the real dataset and what is derived from it); examples that need a host (Office, a DOM,
 * React, the file system for writing) are listed in NEEDS_A_HOST with the reason.
 */

const ROOT = path.resolve(__dirname, "../..");

const index = buildIndex(dataset);
const rules = (): ReadonlyArray<Rule> => deriveRules(index);
/** The share of value-added services in 4Q02 (English): the examples' rule. */
const shareRule = (): Extract<Rule, { kind: "share" }> => {
  const rule = rules().find(
    (r): r is Extract<Rule, { kind: "share" }> =>
      r.kind === "share" &&
      r.target.item === "revenues.value_added" &&
      r.target.column === "share_4Q02"
  );
  if (rule === undefined) {
    throw new Error("no share rule for value-added services in 4Q02");
  }
  return rule;
};
/** Value-added services in 4Q02, in yen: the figure the card examples show. */
const FIGURE = { table: "operations_quarterly", item: "revenues.value_added", column: "jpy_4Q02" };
/** The cards' context over the release's own check. */
const cardContext = (): CardContext =>
  createCardContext(
    index,
    rules(),
    runChecks(compileRules(index), datasetSources(index), "round"),
    datasetSources(index)
  );
type XmlRoot = Extract<ReturnType<typeof parseXml>, { root: unknown }>["root"];
/** manifest.xml's <OfficeApp>, as the manifest examples name it (root, officeApp). */
const manifestRoot = (): XmlRoot => {
  const parsed = parseXml(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
  if ("error" in parsed) {
    throw new Error(parsed.error);
  }
  return parsed.root;
};

/** The names examples share, built on demand: the real dataset and what derives from it. */
const SCOPE: Record<string, () => unknown> = {
  dataset: () => dataset,
  json: () => json,
  index: () => index,
  context: () => functionsContext(index),
  fs: () => fs,
  buildIndex: () => buildIndex,
  deriveRules: () => deriveRules,
  datasetSources: () => datasetSources,
  compileRules: () => compileRules,
  compileRuleList: () => compileRuleList,
  readFigures: () => readFigures,
  report: () => runChecks(compileRules(index), datasetSources(index), "round"),
  plan: () => buildWorkbookPlan(index, { edition: "en", mode: "round", highlightMinor: true }),
  shareRule,
  operationsQuarterly: () => index.tables.get("operations_quarterly"),
  rule: () => rules().find((r) => r.kind === "edition"),
  source: () => datasetSources(index).en,
  en: () => datasetSources(index).en,
  ja: () => datasetSources(index).ja,
  ref: () => ({ table: "operations_quarterly", item: "revenues.value_added", column: "jpy_4Q02" }),
  evaluation: () => {
    const source = datasetSources(index).en;
    if (source === undefined) {
      throw new Error("no English figures");
    }
    return evaluateRule(shareRule(), source, "round");
  },
  figureProvenance: () => figureProvenance,
  cardContext: () => cardContext(),
  card: () => buildCard(cardContext(), FIGURE, "en"),
  cardJson: () => {
    const card = buildCard(cardContext(), FIGURE, "en");
    if (card === undefined) {
      throw new Error("no card for value-added services in 4Q02");
    }
    return figureCardJson(card);
  },
  core: () => createFunctionsCore(index),
  createFunctionsCore: () => createFunctionsCore,
  FUNCTION_CATALOGUE: () => FUNCTION_CATALOGUE,
  coreEbitda: () => playgroundRegistry(createFunctionsCore(index)).EBITDA,
  root: manifestRoot,
  officeApp: manifestRoot,
  manifest: () => ({ root: manifestRoot(), resources: collectResources(manifestRoot()) }),
  readAsset: () => (p: string) =>
    fs.existsSync(path.join(ROOT, p)) ? fs.readFileSync(path.join(ROOT, p)) : null,
};

/**
 * Examples not run here, as [file, how the example's own expression begins, why]: they need a host
 * (Office, a DOM, React), write files, or name values built by hand that no module exports
 * (illustrative). Entries for files this tree does not have belong to branches being merged and
 * are ignored until the file exists.
 */
const NOT_RUN: ReadonlyArray<readonly [string, string, string]> = [
  ["src/excel/createWorkbookActions.ts", "createWorkbookActions(", "needs a host: Excel.run"],
  [
    "src/excel/locateTable.ts",
    "locateTable(sheetPlan",
    "illustrative: names a sheet as the user edited it, built by hand",
  ],
  [
    "src/core/layout/SheetDraft.ts",
    "addRow(draft",
    "illustrative: names the layout's intermediate state",
  ],
  [
    "src/core/layout/SheetDraft.ts",
    "finishSheet(draft",
    "illustrative: names the layout's intermediate state",
  ],
  [
    "src/core/layout/formula/operands.ts",
    "cellRef(placed",
    "illustrative: names the layout's intermediate state",
  ],
  [
    "src/core/layout/formula/renderFormula.ts",
    "renderFormula(op",
    "illustrative: names the layout's intermediate state",
  ],
  [
    "src/core/layout/formula/renderFormula.ts",
    "relativeKey(op",
    "illustrative: names the layout's intermediate state",
  ],
  [
    "src/core/layout/formula/ruleFormula.ts",
    "ruleFormula(shareRule",
    "illustrative: names the layout's intermediate state",
  ],
  [
    "src/core/layout/gridSources.ts",
    "gridSources(plan",
    "illustrative: names the layout's intermediate state",
  ],
  [
    "src/core/layout/groupHighlights.ts",
    "groupHighlights(cells",
    "illustrative: names the layout's intermediate state",
  ],
  [
    "src/core/layout/layoutClaims.ts",
    "layoutClaims(draft",
    "illustrative: names the layout's intermediate state",
  ],
  [
    "src/core/layout/layoutTable.ts",
    "layoutTable(draft",
    "illustrative: names the layout's intermediate state",
  ],
  [
    "src/core/layout/planHighlights.ts",
    "planHighlights(rules",
    "illustrative: names the layout's intermediate state",
  ],
  [
    "src/core/layout/referenceNames.ts",
    "referenceNames(new Map",
    "illustrative: names the layout's intermediate state",
  ],
  ["src/taskpane/host/detectHost.ts", "(await detectHost", "needs Office's globals"],
  ["src/taskpane/i18n/useStrings.ts", "const t = useStrings(", "a React hook"],
  [
    "src/taskpane/settings/localStorageStore.ts",
    "localStorageStore(window",
    "needs a browser's localStorage",
  ],
  ["src/xlsx/writeWorkbookFile.ts", "await writeWorkbookFile(", "writes a file"],
  [
    "src/cli/checkTableFile.ts",
    "await checkTableFile({ .",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/cli/formatTableReport.ts",
    "formatTableReport(check",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/cli/readTableFile.ts",
    "await readTableFile(",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/changeHypothesis.ts",
    "changeVerdicts(yoy",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/changeHypothesis.ts",
    "changeHypothesis(table",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/checkGrid.ts",
    "checkGrid(",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/describeRelation.ts",
    "describeRelation(change",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/describeRelation.ts",
    "describeUnread(part",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/notCheckableCause.ts",
    "notCheckableCause(rule",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/taskpane/components/SelectionCheck/selectionWords.ts",
    "selectionWords(ja",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/gridSource.ts",
    "gridSource(table",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/inferFootings.ts",
    "inferFootings(table",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/inferPercentColumn.ts",
    "inferPercentColumn(table",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/inferTable.ts",
    "inferTable(table",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/readTable.ts",
    "readTable(rows",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/relationRule.ts",
    "coveredCells(change",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/relationRule.ts",
    "relationRule(share",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/shareHypothesis.ts",
    "shareHypothesis(table",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/splitTables.ts",
    "splitTables(",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/inference/translatedColumns.ts",
    "translatedColumns(",
    "illustrative: names a grid, a relation or options built by hand",
  ],
  [
    "src/core/layout/mirrorCells.ts",
    "otherSheetOperands(op",
    "illustrative: names the layout's intermediate state",
  ],
  [
    "src/core/layout/mirrorCells.ts",
    "mirrorCells(sheets",
    "illustrative: names the layout's intermediate state",
  ],
  [
    "src/taskpane/i18n/errorText.ts",
    "errorText({ kind:",
    "illustrative: names a grid, a relation or options built by hand",
  ],
];

/** The NOT_RUN entry an example falls under, if any. */
function notRun(example: Example): (typeof NOT_RUN)[number] | undefined {
  return NOT_RUN.find(([file, start]) => file === example.file && example.own.startsWith(start));
}

/** A value written the way the examples write one: `{ ok: true, value: [1, "a"] }`. */
function show(value: unknown): string {
  if (typeof value === "string") {
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map(show).join(", ")}]`;
  }
  if (value instanceof Map) {
    return `Map ${show(Object.fromEntries(value))}`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0
      ? "{}"
      : `{ ${entries.map(([k, v]) => `${k}: ${show(v)}`).join(", ")} }`;
  }
  return String(value);
}

/** Whether `actual` fits `pattern`, where "…" stands for any text. */
function fits(pattern: string, actual: string): boolean {
  const parts = pattern.split("…").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[\\s\\S]*?")}$`).test(actual);
}

/** `code` cut at each ";" outside quotes and brackets. */
function statementsOf(code: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < code.length; i += 1) {
    const c = code[i];
    if (quote !== null) {
      if (c === "\\") i += 1;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth += 1;
    else if (")]}".includes(c)) depth -= 1;
    else if (c === ";" && depth === 0) {
      out.push(code.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(code.slice(start).trim());
  return out.filter((s) => s !== "");
}

/** Runs `code` (TypeScript; statements separated by ";", the last one an expression). */
async function run(code: string, scope: Record<string, unknown>): Promise<unknown> {
  const statements = statementsOf(code);
  const last = statements.pop() ?? "";
  const body = `(async () => { ${statements.map((s) => `${s};`).join(" ")} return (${last}); })()`;
  const js = ts.transpile(body, { target: ts.ScriptTarget.ES2022 });
  const names = Object.keys(scope).filter((n) => new RegExp(`\\b${n}\\b`).test(code));
  const fn = new Function(...names, `return ${js}`);
  return fn(...names.map((n) => scope[n]));
}

/** The module's exports and the shared names, for the examples of `file`. */
function scopeFor(example: Example): Record<string, unknown> {
  const exports = require(path.join(ROOT, example.file)) as Record<string, unknown>;
  const shared = Object.fromEntries(
    Object.entries(SCOPE)
      .filter(([name]) => new RegExp(`\\b${name}\\b`).test(example.expression + example.expected))
      .map(([name, build]) => [name, build()])
  );
  return { ...shared, ...exports };
}

const examples = readExamples("src");
const runnable = examples.filter((e) => notRun(e) === undefined);

describe("the @examples of src/", () => {
  it("finds the examples, and every one listed as not run still exists", () => {
    expect(examples.length).toBeGreaterThan(100);
    const stale = NOT_RUN.filter(
      ([file, start]) =>
        fs.existsSync(path.join(ROOT, file)) &&
        !examples.some((e) => e.file === file && e.own.startsWith(start))
    );
    expect(stale).toEqual([]);
  });

  it.each(runnable.map((e) => [`${e.file}:${e.line}`, e] as const))("%s", async (_, example) => {
    const scope = scopeFor(example);
    const actual = await run(example.expression, scope);
    if (example.expected.includes("…")) {
      expect({ fits: fits(example.expected, show(actual)), actual: show(actual) }).toEqual({
        fits: true,
        actual: show(actual),
      });
      return;
    }
    expect(actual).toEqual(await run(example.expected, scope));
  });
});
