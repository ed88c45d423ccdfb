import * as fs from "fs";
import * as path from "path";
import { buildIndex } from "../../src/core/model/buildIndex";
import { dataset } from "../../src/data";
import type { FunctionResult } from "../../src/functions/pure/FunctionResult";
import { createFunctionsCore } from "../../src/functions/pure/functionsCore";

/**
 * Every example printed in the functions' help (the JSDoc `@param` and `@returns` lines of
 * src/functions/functions.ts, which become Excel's parameter help) is evaluated here and answers
 * what the help says. A help line without an entry below fails, so a new example cannot go
 * unchecked; an entry whose text is not in its line fails, so the help cannot drift.
 */

const f = createFunctionsCore(buildIndex(dataset));

function ok<T>(result: FunctionResult<T>): T {
  if (!result.ok) {
    throw new Error(result.message);
  }
  return result.value;
}

/** An example as the help prints it, and the check that it answers what the help says. */
type Example = readonly [text: string, answers: () => void];

const answersAll =
  (call: (example: string) => FunctionResult<unknown>) =>
  (...texts: string[]): Example[] =>
    texts.map((text) => [text, () => void ok(call(text))]);

const same = (text: string, actual: () => unknown, expected: () => unknown): Example => [
  text,
  () => expect(actual()).toEqual(expected()),
];

const near = (text: string, actual: () => number, expected: number): Example => [
  text,
  () => expect(actual()).toBeCloseTo(expected, 9),
];

const revenues4Q02 = () => ok(f.VALUE("revenues.total", "4Q02"));

const HELP: Record<string, ReadonlyArray<Example>> = {
  "EBITDA period": [
    ...answersAll((p) => f.EBITDA(p))("4Q02", "3Q02", "4Q01", "FY2002", "FY2001"),
    same(
      "Q4 FY2002",
      () => ok(f.EBITDA("Q4 FY2002")),
      () => ok(f.EBITDA("4Q02"))
    ),
    same(
      "2002年度",
      () => ok(f.EBITDA("2002年度")),
      () => ok(f.EBITDA("FY2002"))
    ),
  ],
  "EBITDA unit": [
    same(
      "JPY millions (default)",
      () => ok(f.EBITDA("4Q02", "JPY millions")),
      () => ok(f.EBITDA("4Q02"))
    ),
    same(
      "JPY thousands",
      () => ok(f.EBITDA("4Q02", "JPY thousands")),
      () => ok(f.EBITDA("4Q02")) * 1000
    ),
    same(
      "JPY",
      () => ok(f.EBITDA("4Q02", "JPY")),
      () => ok(f.EBITDA("4Q02")) * 1e6
    ),
    same(
      "USD thousands",
      () => ok(f.EBITDA("4Q02", "USD thousands")) * 1000,
      () => ok(f.EBITDA("4Q02", "USD"))
    ),
    ...answersAll((u) => f.EBITDA("4Q02", u))("USD"),
  ],
  "EBITDA returns": [],
  "CROSSSELL service": [
    ...answersAll((s) => f.CROSSSELL(s, 2002))(
      "Value-added Service",
      "System Integration",
      "Data Center Service"
    ),
    same(
      "VAS",
      () => ok(f.CROSSSELL("VAS", 2002)),
      () => ok(f.CROSSSELL("Value-added Service", 2002))
    ),
    same(
      "SI",
      () => ok(f.CROSSSELL("SI", 2002)),
      () => ok(f.CROSSSELL("System Integration", 2002))
    ),
    same(
      "Data Center",
      () => ok(f.CROSSSELL("Data Center", 2002)),
      () => ok(f.CROSSSELL("Data Center Service", 2002))
    ),
  ],
  "CROSSSELL year": [
    ...answersAll((y) => f.CROSSSELL("SI", Number(y)))("2001", "2002"),
    same(
      '"FY2002"',
      () => ok(f.CROSSSELL("SI", "FY2002")),
      () => ok(f.CROSSSELL("SI", 2002))
    ),
    same(
      '"FY02"',
      () => ok(f.CROSSSELL("SI", "FY02")),
      () => ok(f.CROSSSELL("SI", 2002))
    ),
  ],
  "CROSSSELL returns": [
    [
      "0.353 for 35.3%",
      () => {
        const printed = dataset.tables
          .filter((t) => t.id === "cross_selling")
          .flatMap((t) => Object.values(t.figures.en ?? {}).flat())
          .some((figure) => figure?.text === "35.3%");
        expect(printed).toBe(true);
        const rates = ["VAS", "SI", "Data Center"].flatMap((s) =>
          [2001, 2002].map((y) => ok(f.CROSSSELL(s, y)))
        );
        expect(rates).toContain(0.353);
      },
    ],
  ],
  "VALUE item": [
    ...["revenues.total", "Total revenues", "営業収益合計", "売上高合計"].map((name) =>
      same(name, () => ok(f.VALUE(name, "4Q02")), revenues4Q02)
    ),
    same(
      "Net income",
      () => ok(f.VALUE("Net income", "FY2002")),
      () => ok(f.VALUE("net_loss", "FY2002"))
    ),
    same(
      "Capex",
      () => ok(f.VALUE("Capex", "4Q02")),
      () => ok(f.VALUE("statistics.capex", "4Q02"))
    ),
  ],
  "VALUE period": [
    ...answersAll((p) => f.VALUE("Total revenues", p))("4Q02", "FY2002"),
    same(
      "2003-03-31",
      () => ok(f.VALUE("Total assets", "2003-03-31")),
      () => ok(f.VALUE("Total assets", "4Q02"))
    ),
  ],
  "VALUE unit": [
    same(
      "JPY thousands",
      () => ok(f.VALUE("Total revenues", "4Q02", "JPY thousands")),
      revenues4Q02
    ),
    same("as printed", () => ok(f.VALUE("Total revenues", "4Q02")), revenues4Q02),
    same(
      "JPY",
      () => ok(f.VALUE("Total revenues", "4Q02", "JPY")),
      () => revenues4Q02() * 1000
    ),
    same("K", () => ok(f.VALUE("Total revenues", "4Q02", "K")), revenues4Q02),
    same(
      "JPY millions",
      () => ok(f.VALUE("Total revenues", "4Q02", "JPY millions")) * 1000,
      revenues4Q02
    ),
    same(
      "M",
      () => ok(f.VALUE("Total revenues", "4Q02", "M")),
      () => ok(f.VALUE("Total revenues", "4Q02", "JPY millions"))
    ),
    same(
      "USD thousands",
      () => ok(f.VALUE("Total revenues", "4Q02", "USD thousands")) * 1000,
      () => ok(f.VALUE("Total revenues", "4Q02", "USD"))
    ),
    ...answersAll((u) => f.VALUE("Total revenues", "4Q02", u))("USD"),
  ],
  "VALUE edition": [
    same(
      "en (default)",
      () => ok(f.VALUE("Total revenues", "4Q02", undefined, "en")),
      revenues4Q02
    ),
    ...answersAll((e) => f.VALUE("Total revenues", "4Q02", undefined, e))("ja"),
  ],
  "VALUE returns": [],
  "STATEMENT statement": [
    ...answersAll((s) => f.STATEMENT(s))(
      "operations_quarterly",
      "balance sheet",
      "cash flows annual",
      "Table 1"
    ),
    same(
      "貸借対照表",
      () => ok(f.STATEMENT("貸借対照表")),
      () => ok(f.STATEMENT("balance sheet"))
    ),
  ],
  "STATEMENT period": [],
  "STATEMENT edition": [
    same(
      "en (default)",
      () => ok(f.STATEMENT("Table 1", undefined, "en")),
      () => ok(f.STATEMENT("Table 1"))
    ),
    ...answersAll((e) => f.STATEMENT("Table 1", undefined, e))("ja"),
  ],
  "STATEMENT returns": [],
  "ITEMS statement": [],
  "ITEMS returns": [],
  "PERIODS statement": [],
  "PERIODS returns": [],
  "SHARE item": [],
  "SHARE period": [],
  "SHARE base": [],
  "SHARE returns": [],
  "CHANGE item": [],
  "CHANGE period": [],
  "CHANGE basePeriod": [],
  "CHANGE returns": [],
  "USD amount": [],
  "USD unit": [
    same(
      "JPY thousands (default, gives USD thousands)",
      () => ok(f.USD(118.07, "JPY thousands")),
      () => ok(f.USD(118.07))
    ),
    near("gives USD thousands", () => ok(f.USD(dataset.fxRate.jpyPerUsd, "JPY thousands")), 1),
    near("JPY (gives USD)", () => ok(f.USD(dataset.fxRate.jpyPerUsd, "JPY")), 1),
    near(
      "JPY millions (gives USD thousands)",
      () => ok(f.USD(dataset.fxRate.jpyPerUsd, "JPY millions")),
      1000
    ),
  ],
  "USD returns": [],
  "FXRATE returns": [
    same(
      "118.07",
      () => ok(f.FXRATE()),
      () => dataset.fxRate.jpyPerUsd
    ),
    same(
      "118.07",
      () => String(ok(f.FXRATE())),
      () => "118.07"
    ),
  ],
  "CHECK reported": [
    same(
      "0.072 for 7.2%",
      () => ok(f.CHECK(0.072, 72, 1000)),
      () => "OK"
    ),
  ],
  "CHECK numerator": [],
  "CHECK denominator": [],
  "CHECK decimals": [
    same(
      "default 1",
      () => ok(f.CHECK(0.072, 72, 1000)),
      () => ok(f.CHECK(0.072, 72, 1000, 1))
    ),
  ],
  "CHECK kind": [
    same(
      "share (default)",
      () => ok(f.CHECK(0.072, 72, 1000, 1, "share")),
      () => ok(f.CHECK(0.072, 72, 1000))
    ),
    same(
      "change",
      () => ok(f.CHECK(0.1, 110, 100, 1, "change")),
      () => "OK"
    ),
  ],
  "CHECK returns": [
    same(
      "OK",
      () => ok(f.CHECK(0.072, 72, 1000)),
      () => "OK"
    ),
    same(
      "MINOR",
      () => ok(f.CHECK(0.072, 72.6, 1000)),
      () => "MINOR"
    ),
    same(
      "MAJOR",
      () => ok(f.CHECK(0.072, 80, 1000)),
      () => "MAJOR"
    ),
  ],
  "CONTRACTS service": answersAll((s) => f.CONTRACTS(s, "4Q02"))("Data Center", "IIJ4U"),
  "CONTRACTS period": answersAll((p) => f.CONTRACTS("IIJ4U", p))("4Q02", "3Q02", "4Q01"),
  "CONTRACTS returns": [],
  "BANDWIDTH kind": answersAll((k) => f.BANDWIDTH(k, "4Q02"))("dedicated", "data center", "total"),
  "BANDWIDTH period": answersAll((p) => f.BANDWIDTH("total", p))("4Q02", "3Q02", "4Q01"),
  "BANDWIDTH returns": [],
  "BACKBONE kind": answersAll((k) => f.BACKBONE(k, "4Q02"))("international", "domestic"),
  "BACKBONE period": answersAll((p) => f.BACKBONE("domestic", p))("4Q02", "3Q02", "4Q01"),
  "BACKBONE returns": [],
  "SOURCE item": [],
  "SOURCE period": [
    ...answersAll((p) => f.SOURCE("Value-added services", p))("4Q02", "FY2002"),
    ...answersAll((p) => f.SOURCE("Total assets", p))("2003-03-31"),
  ],
  "SOURCE column": answersAll((c) => f.SOURCE("Value-added services", "4Q02", c))(
    "amount",
    "share",
    "yoy",
    "qoq",
    "usd"
  ),
  "SOURCE edition": answersAll((e) => f.SOURCE("Value-added services", "4Q02", "amount", e))(
    "en",
    "ja"
  ),
  "SOURCE returns": [
    same(
      "Appendix 1 · Value-added services · Mar 31, 2003 JPY · line 604",
      () => ok(f.SOURCE("Value-added services", "4Q02")),
      () => "Appendix 1 · Value-added services · Mar 31, 2003 JPY · line 604"
    ),
  ],
};

/** `FUNCTION param` (or `FUNCTION returns`) → the help text, read from the functions' JSDoc. */
function helpLines(): Map<string, string> {
  const source = fs.readFileSync(
    path.resolve(__dirname, "../../src/functions/functions.ts"),
    "utf8"
  );
  const lines = new Map<string, string>();
  for (const block of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const name = /@customfunction (\w+)/.exec(block)?.[1];
    if (name === undefined) {
      continue;
    }
    for (const [, param, text] of block.matchAll(/@param \[?(\w+)\]? (.*)/g)) {
      lines.set(`${name} ${param}`, text);
    }
    for (const [, text] of block.matchAll(/@returns (.*)/g)) {
      lines.set(`${name} returns`, text);
    }
  }
  return lines;
}

describe("the examples in the functions' help", () => {
  const lines = helpLines();

  test("every help line of every function has its examples listed here", () => {
    expect(lines.size).toBeGreaterThan(40);
    expect([...lines.keys()].sort()).toEqual(Object.keys(HELP).sort());
  });

  test.each(Object.entries(HELP).filter(([, examples]) => examples.length > 0))(
    "%s: each example is printed in the help and answers what it says",
    (key, examples) => {
      for (const [text, answers] of examples) {
        expect({ key, text, printed: lines.get(key)?.includes(text) }).toEqual({
          key,
          text,
          printed: true,
        });
        answers();
      }
    }
  );
});
