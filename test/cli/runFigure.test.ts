import type { FigureCardJson } from "../../src/cli/figureCardJson";
import { runFigure } from "../../src/cli/runFigure";
import { dataset } from "../../src/data";

function run(...argv: string[]): { status: number; out: string; err: string } {
  let out = "";
  let err = "";
  const status = runFigure(
    dataset,
    argv,
    (t) => (out += t),
    (t) => (err += t)
  );
  return { status, out, err };
}

describe("npm run figure", () => {
  it("prints a figure's card: printed, where, relations with verdicts, findings", () => {
    const { status, out } = run("--item", "Value-added services", "--period", "4Q02");
    expect(status).toBe(0);
    expect(out).toContain("printed   931,399 (JPY thousands)");
    expect(out).toContain("column    Mar 31, 2003 JPY");
    expect(out).toMatch(/total +revenues\.connectivity_vas_total 4Q02 amount +[\d,]+ +consistent/);
  });

  it("gives the card as JSON with the place and every relation", () => {
    const { status, out } = run(
      "--item",
      "revenues.total",
      "--period",
      "4Q02",
      "--column",
      "share",
      "--edition",
      "ja",
      "--json"
    );
    expect(status).toBe(0);
    const card = JSON.parse(out) as FigureCardJson;
    const table = dataset.tables[0];
    const row = table.rows.findIndex((r) => r.id === "revenues.total");
    expect(card.printed).toBe(table.figures.ja?.["revenues.total"][2]?.text);
    expect(card.line).toBe(table.lines?.ja?.[row]);
    expect(card.section).toBe("Appendix 1");
    expect(card.relations.map((r) => [r.kind, r.column, r.edition])).toEqual([
      ["input", "amount", "ja"],
      ["otherEdition", "share", "en"],
    ]);
  });

  it("lists the findings of a figure the engine flags, with their explanation", () => {
    const { out } = run(
      "--item",
      "revenues.value_added",
      "--period",
      "4Q02",
      "--column",
      "usd",
      "--json"
    );
    const card = JSON.parse(out) as FigureCardJson;
    expect(card.findings.map((f) => `${f.kind} ${f.severity}`).sort()).toEqual([
      "edition minor",
      "translation minor",
    ]);
    expect(card.findings.every((f) => f.explanation.length > 20)).toBe(true);
  });

  it("refuses an unknown item with the list of items, and exits non-zero", () => {
    const { status, err, out } = run("--item", "nothing at all", "--period", "4Q02");
    expect(status).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("revenues.total");
  });

  it("refuses a period the item lacks with the periods it has", () => {
    const { status, err } = run("--item", "revenues.total", "--period", "1999");
    expect(status).toBe(2);
    expect(err).toContain("Periods with one: 4Q02, 4Q01, 3Q02, FY2002, FY2001.");
  });

  it("refuses a missing item, an unknown column and an unknown option", () => {
    expect(run("--period", "4Q02").err).toContain("--item is required");
    expect(run("--item", "revenues.total", "--period", "4Q02", "--column", "ebit").err).toContain(
      "--column takes amount, share, yoy, qoq or usd"
    );
    expect(run("--item", "x", "--period", "4Q02", "--colour").status).toBe(2);
  });
});
