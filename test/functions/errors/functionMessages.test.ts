import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";
import type { FunctionError } from "../../../src/functions/errors/FunctionError";
import { findItem } from "../../../src/core/model/findItem";
import { functionMessage } from "../../../src/functions/errors/functionMessages";
import { createFunctionsCore } from "../../../src/functions/pure/functionsCore";
import { createPlayground } from "../../../src/taskpane/playground/createPlayground";
import { playgroundRegistry } from "../../../src/taskpane/playground/playgroundRegistry";

const index = buildIndex(dataset);
const core = createFunctionsCore(index);
const playground = createPlayground(playgroundRegistry(core));

type Kind = Exclude<FunctionError["kind"], "described">;

const REVENUES = { en: "Total revenues", ja: "営業収益合計" };
const BANDWIDTH = { en: "Contracted Bandwidth", ja: "契約帯域" };

/** One error of every kind the catalogue words in both languages (a kind left out fails to compile). */
const EVERY: { readonly [K in Kind]: Extract<FunctionError, { kind: K }> } = {
  missing: { kind: "missing", what: "period" },
  notText: { kind: "notText", what: "period", value: { kind: "boolean" } },
  notNumber: { kind: "notNumber", what: "amount", value: { kind: "error", code: "#N/A" } },
  severalCells: { kind: "severalCells", what: "item" },
  tooLong: { kind: "tooLong", what: "item", length: 300 },
  argumentCount: {
    kind: "argumentCount",
    name: "IIJ.EBITDA",
    least: 1,
    most: 2,
    parameters: "period, [unit]",
    given: 3,
  },
  unknownUnit: { kind: "unknownUnit", text: "furlongs" },
  unknownEdition: { kind: "unknownEdition", text: "fr" },
  unknownCheckKind: { kind: "unknownCheckKind", text: "ratio" },
  conversion: {
    kind: "conversion",
    problem: { kind: "notYen", label: "Data Center", unit: "contracts" },
  },
  unknownItem: {
    kind: "unknownItem",
    name: "revenue stream",
    suggestions: [{ id: "revenues.total", label: REVENUES }],
    among: "near",
  },
  unknownPeriod: {
    kind: "unknownPeriod",
    text: "Q1 2003",
    problem: { kind: "calendarQuarter", calendar: "Q1 2003", fiscal: "4Q02" },
    periods: ["4Q02", "FY2002"],
    table: "operations_quarterly",
  },
  noFigure: {
    kind: "noFigure",
    label: REVENUES,
    period: "FY1999",
    table: { en: "Statements of Operations" },
    periods: ["4Q02"],
  },
  noTablePeriod: {
    kind: "noTablePeriod",
    table: BANDWIDTH,
    tableId: "contracted_bandwidth",
    period: "FY1999",
    periods: ["4Q02"],
  },
  notPrinted: { kind: "notPrinted", edition: "ja", table: { en: "Backbone Costs" } },
  unknownStatement: { kind: "unknownStatement", text: "Table 9", statements: ["contracts"] },
  severalTables: {
    kind: "severalTables",
    text: "operations",
    tables: ["operations_quarterly", "operations_annual"],
  },
  severalItems: {
    kind: "severalItems",
    text: "Other",
    choices: [
      { item: { id: "operating.other", label: { en: "Other", ja: "その他" } }, value: 426737 },
      { item: { id: "investing.other", label: { en: "Other", ja: "その他" } }, value: 6057 },
    ],
  },
  unknownColumn: { kind: "unknownColumn", text: "zz", columns: ["amount", "share"] },
  incomparable: {
    kind: "incomparable",
    a: { label: REVENUES, unit: "JPY thousands" },
    b: { label: BANDWIDTH, unit: "Gbps" },
  },
  noBase: { kind: "noBase", label: BANDWIDTH },
  zeroBase: { kind: "zeroBase", label: REVENUES, period: "4Q02", ratio: "change" },
  notYenAmount: { kind: "notYenAmount", unit: "USD" },
  tooLarge: { kind: "tooLarge", amount: 1e308 },
  decimals: { kind: "decimals", most: 6, given: 9 },
  notFinite: { kind: "notFinite", reported: Infinity },
  unreadablePercentage: { kind: "unreadablePercentage" },
  notCheckable: { kind: "notCheckable", reason: { kind: "zeroDenominator" } },
  noCardFigure: {
    kind: "noCardFigure",
    items: [{ id: "revenues.total", label: REVENUES }],
    column: "share",
    period: "5Q02",
    edition: "ja",
    periods: ["4Q02"],
    columns: ["amount"],
  },
};
const EVERY_KIND: ReadonlyArray<FunctionError> = Object.values(EVERY);

/** Parameters that choose a wording rather than appear in it. */
const CHOOSERS = new Set(["kind", "among", "ratio", "edition"]);

/** Every text an error carries (labels, names, periods, ids), at any depth. */
function carried(value: unknown): string[] {
  if (typeof value === "string") {
    return [value];
  }
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, v]) => (CHOOSERS.has(key) ? [] : carried(v)));
  }
  return [];
}

/** The English catalogue's own sentence words: none may be left in a Japanese message. */
const ENGLISH_WORDS =
  /\b(the|is|are|not|no|has|have|of|in|for|and|or|to|must|unknown|did|you|mean|use|list|items?|periods?|names?|several|give|one|these|figures?|edition|prints?|cannot|divided|zero|amount|too|large|translates?|decimals|whole|number|reported|percentage|could|read|columns?|statements?|tables?|reads|calendar|quarter|needs|fiscal|year|runs|empty|date)\b/i;

/** What is left of a Japanese message once the texts its error carries are taken out. */
function ownWords(ja: string, error: FunctionError): string {
  return carried(error)
    .sort((a, b) => b.length - a.length)
    .reduce((text, value) => text.split(value).join(""), ja);
}

function messageOf(formula: string, language: "en" | "ja"): string {
  const result = playground.evaluate(formula, language);
  return !result.ok && result.error.kind === "function" ? result.error.message : "";
}

describe("the function error messages", () => {
  it.each(EVERY_KIND.map((e) => [e.kind, e] as const))(
    "words %s in English and, differently, in Japanese with the error's parameters",
    (_kind, error) => {
      const en = functionMessage(error, "en");
      const ja = functionMessage(error, "ja");
      expect(ja).not.toBe(en);
      expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      for (const value of Object.entries(error)
        .filter(([key, v]) => typeof v === "string" && !CHOOSERS.has(key))
        .map(([, v]) => v as string)) {
        expect({ value, inJa: ja.includes(value) }).toEqual({ value, inJa: true });
      }
    }
  );

  it.each(EVERY_KIND.map((e) => [e.kind, e] as const))(
    "words %s in Japanese without the English catalogue's sentence words",
    (kind, error) => {
      const english = ENGLISH_WORDS.exec(ownWords(functionMessage(error, "ja"), error));
      expect({ kind, english: english?.[0] ?? null }).toEqual({ kind, english: null });
      // The English words are words the test knows: it would catch a message left in English.
      expect(ENGLISH_WORDS.test(functionMessage(error, "en"))).toBe(true);
    }
  );

  it("names the suggested items by their labels in the message's language, never by id", () => {
    const found = findItem(index, "backbone");
    const suggested = found.ok ? [] : found.suggestions;
    expect(suggested.length).toBeGreaterThan(1);
    const en = messageOf('=IIJ.VALUE("backbone","4Q02")', "en");
    const ja = messageOf('=IIJ.VALUE("backbone","4Q02")', "ja");
    for (const id of suggested) {
      const label = index.items.get(id)?.[0]?.row.label ?? { en: id };
      expect(en).toContain(label.en);
      expect(ja).toContain(label.ja ?? label.en);
      expect(`${en} ${ja}`).not.toContain(id);
    }
  });

  it.each([
    ['=IIJ.VALUE("nothing","4Q02")', "項目 'nothing' はありません"],
    ['=IIJ.EBITDA("5Q02")', "期間 '5Q02' はありません"],
    ['=IIJ.VALUE("Total revenues","FY1999")', "FY1999 の数値がありません"],
    ['=IIJ.STATEMENT("Table 9")', "表 'Table 9' はありません"],
    ['=IIJ.STATEMENT("operations")', "複数の表を指します"],
    ['=IIJ.VALUE("Other","4Q02")', "数値の異なる複数の項目を指します"],
    ['=IIJ.VALUE("Total revenues","Q1 2003")', "暦年の四半期と読めます"],
    ['=IIJ.SOURCE("Value-added services","5Q02")', "'5Q02' の amount の数値がありません"],
    ['=IIJ.SOURCE("nothing","4Q02")', "項目 'nothing' はありません"],
  ])("shows %s in Japanese in a Japanese pane, with what exists", (formula, wording) => {
    const en = messageOf(formula, "en");
    const ja = messageOf(formula, "ja");
    expect(ja).toContain(wording);
    expect(ja).not.toMatch(/\b(Unknown|Periods|Items|names|has no)\b/);
    // Whatever the English message lists (periods, tables), the Japanese one lists too.
    const listed = /(?:Periods|Statements)(?: of \w+)?: ([^.]+)\./.exec(en)?.[1];
    for (const value of listed?.split(", ") ?? []) {
      expect(ja).toContain(value.replace(/…$/, ""));
    }
  });

  it("says in Excel's cell, in English within 255 characters, which periods an item has", () => {
    const result = core.VALUE("Total revenues", "5Q02");
    const message = result.ok ? "" : result.message;
    expect(message).toMatch(/^Unknown period '5Q02'\. Periods: \w+/);
    for (const period of index.dataset.periods.map((p) => p.id)) {
      if ((index.amounts.get(`revenues.total|${period}`) ?? []).length > 0) {
        expect(message).toContain(period);
      }
    }
    const long = core.CONTRACTS("Total revenues", "4Q02");
    expect(long.ok ? "" : long.message.length).toBeLessThanOrEqual(255);
  });

  it("shows the playground's errors in Japanese when the pane is Japanese, English otherwise", () => {
    const formula = '=IIJ.EBITDA("4Q02","JPY","x")';
    expect(playground.evaluate(formula)).toMatchObject({
      ok: false,
      error: {
        kind: "function",
        excelError: "#VALUE!",
        message: "IIJ.EBITDA takes 1 to 2 arguments (period, [unit]), not 3.",
      },
    });
    expect(playground.evaluate(formula, "ja")).toMatchObject({
      ok: false,
      error: {
        kind: "function",
        excelError: "#VALUE!",
        message: "IIJ.EBITDA の引数は 1～2 個（period, [unit]）です。3 個指定されています。",
      },
    });
    const unit = playground.evaluate('=IIJ.VALUE("Total revenues","4Q02","furlongs")', "ja");
    expect(!unit.ok && unit.error.kind === "function" ? unit.error.message : "").toContain(
      "単位 'furlongs' はありません"
    );
  });

  it("keeps Excel's message in English whatever the pane's language", () => {
    const result = createFunctionsCore(buildIndex(dataset)).EBITDA("4Q02", "furlongs");
    expect(result.ok ? "" : result.message).toMatch(/^Unknown unit 'furlongs'\. Units: /);
  });
});
