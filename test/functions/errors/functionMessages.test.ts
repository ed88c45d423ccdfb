import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";
import type { FunctionError } from "../../../src/functions/errors/FunctionError";
import { functionMessage } from "../../../src/functions/errors/functionMessages";
import { createFunctionsCore } from "../../../src/functions/pure/functionsCore";
import { createPlayground } from "../../../src/taskpane/playground/createPlayground";
import { playgroundRegistry } from "../../../src/taskpane/playground/playgroundRegistry";

const playground = createPlayground(playgroundRegistry(createFunctionsCore(buildIndex(dataset))));

/** One error of every kind the catalogue words in both languages. */
const EVERY_KIND: ReadonlyArray<Exclude<FunctionError, { kind: "described" }>> = [
  { kind: "missing", what: "period" },
  { kind: "notText", what: "period", value: { kind: "boolean" } },
  { kind: "notNumber", what: "amount", value: { kind: "error", code: "#N/A" } },
  { kind: "severalCells", what: "item" },
  { kind: "tooLong", what: "item", length: 300 },
  {
    kind: "argumentCount",
    name: "IIJ.EBITDA",
    least: 1,
    most: 2,
    parameters: "period, [unit]",
    given: 3,
  },
  { kind: "unknownUnit", text: "furlongs" },
  { kind: "unknownEdition", text: "fr" },
  { kind: "unknownCheckKind", text: "ratio" },
  {
    kind: "conversion",
    problem: { kind: "notYen", label: "Data Center", unit: "contracts" },
  },
];

describe("the function error messages", () => {
  it.each(EVERY_KIND.map((e) => [e.kind, e] as const))(
    "words %s in English and, differently, in Japanese with the error's parameters",
    (_kind, error) => {
      const en = functionMessage(error, "en");
      const ja = functionMessage(error, "ja");
      expect(ja).not.toBe(en);
      expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      for (const value of Object.values(error).filter((v) => typeof v === "string")) {
        if (value !== error.kind) {
          expect({ value, inJa: ja.includes(value) }).toEqual({ value, inJa: true });
        }
      }
    }
  );

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
