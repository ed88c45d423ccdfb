import { buildCard } from "../core/card/buildCard";
import { CARD_COLUMNS } from "../core/card/CardColumn";
import { createCardContext } from "../core/card/createCardContext";
import { locateFigure } from "../core/card/locateFigure";
import { datasetSources } from "../core/checks/datasetSources";
import { compileRules } from "../core/checks/compileRules";
import { deriveRules } from "../core/checks/deriveRules";
import { runChecks } from "../core/checks/runChecks";
import { buildIndex } from "../core/model/buildIndex";
import type { Dataset } from "../core/model/Dataset";
import { EDITIONS } from "../core/model/Edition";
import { figureCardJson } from "./figureCardJson";
import { formatFigureCard } from "./formatFigureCard";
import { readArguments } from "./readArguments";
import { readChoice } from "./readChoice";

/** How to call `npm run figure`. */
export const FIGURE_USAGE =
  "usage: npm run figure -- --item ITEM --period PERIOD [--column amount|share|yoy|qoq|usd] [--edition en|ja] [--json]";

/**
 * `npm run figure`: prints the card of one figure of the release, checked as printed (rounded).
 *
 * @param dataset - the release
 * @param argv - the arguments after the command
 * @param out - where the card goes
 * @param err - where a message about bad arguments goes
 * @returns the exit status: 0, or 2 for bad arguments (an unknown item, period or column)
 * @example
 * runFigure(dataset, ["--item", "revenues.total", "--period", "4Q02"], console.log, console.error) //=> 0
 */
export function runFigure(
  dataset: Dataset,
  argv: ReadonlyArray<string>,
  out: (text: string) => void,
  err: (text: string) => void
): number {
  const fail = (message: string): number => {
    err(`${message}\n${FIGURE_USAGE}`);
    return 2;
  };
  const read = readArguments(
    argv,
    {
      item: { type: "string" },
      period: { type: "string" },
      column: { type: "string", default: "amount" },
      edition: { type: "string", default: "en" },
      json: { type: "boolean", default: false },
    },
    {
      item: "an item id or label",
      period: "a period",
      column: CARD_COLUMNS.join(", "),
      edition: "en or ja",
    }
  );
  if (!read.ok) {
    return fail(read.message);
  }
  const index = buildIndex(dataset);
  const { item, period } = read.values;
  if (typeof item !== "string") {
    return fail(`--item is required; items: ${[...index.items.keys()].join(", ")}`);
  }
  if (typeof period !== "string") {
    return fail(`--period is required; periods: ${[...index.periods.keys()].join(", ")}`);
  }
  const column = readChoice("--column", String(read.values.column), CARD_COLUMNS);
  if (!column.ok) {
    return fail(column.message);
  }
  const edition = readChoice("--edition", String(read.values.edition), EDITIONS);
  if (!edition.ok) {
    return fail(edition.message);
  }
  const found = locateFigure(index, item, period, column.value, edition.value);
  if (!found.ok) {
    return fail(found.message);
  }
  const rules = deriveRules(index);
  const sources = datasetSources(index);
  const context = createCardContext(
    index,
    rules,
    runChecks(compileRules(index), sources, "round"),
    sources
  );
  const card = buildCard(context, found.ref, edition.value);
  if (card === undefined) {
    return fail(`the '${edition.value}' edition prints no figure there`);
  }
  const json = figureCardJson(card);
  out(
    read.values.json === true ? JSON.stringify(json, null, 2) : formatFigureCard(json).join("\n")
  );
  return 0;
}
