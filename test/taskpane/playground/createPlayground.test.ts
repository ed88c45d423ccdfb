import { invalidValue, succeed } from "../../../src/functions/pure/FunctionResult";
import { createPlayground } from "../../../src/taskpane/playground/createPlayground";

const playground = createPlayground(
  {
    EBITDA: (args) =>
      args[0] === "4Q02" ? succeed(459) : invalidValue(`Unknown period '${String(args[0])}'.`),
    RATE: () => succeed(0.1 + 0.2),
    ITEMS: () => succeed([["a"], ["b"]]),
    BOOM: () => {
      throw new Error("bug");
    },
    STATEMENT: () =>
      succeed([
        ["Item", "4Q02"],
        ["Total", 459],
        ["Margin", null],
        ["Up", true],
      ]),
  },
  [
    { label: { en: "Total revenues", ja: "営業収益合計" }, aliases: [] },
    { label: { en: "Revenues:", ja: "営業収益:" }, aliases: [] },
    { label: { en: "Systems integration" }, aliases: ["SI"] },
  ]
);

describe("createPlayground", () => {
  it('answers =IIJ.EBITDA("4Q02") with 459', () => {
    expect(playground.evaluate('=IIJ.EBITDA("4Q02")')).toEqual({
      ok: true,
      display: "459",
      rows: [[{ text: "459", kind: "number" }]],
      readAs: null,
    });
  });

  it("shows a function's error as Excel's error with its message", () => {
    expect(playground.evaluate('=IIJ.EBITDA("Q5")')).toEqual({
      ok: false,
      error: { kind: "function", excelError: "#VALUE!", message: "Unknown period 'Q5'." },
      readAs: null,
    });
  });

  it("shows numbers as Excel's General format and spills arrays as rows", () => {
    expect(playground.evaluate("=IIJ.RATE()")).toMatchObject({ display: "0.3" });
    expect(playground.evaluate("=IIJ.ITEMS()")).toMatchObject({
      ok: true,
      display: "a\nb",
      rows: [[{ text: "a", kind: "text" }], [{ text: "b", kind: "text" }]],
    });
  });

  it("tells numbers, text, logicals and empty cells of a spilled grid apart", () => {
    expect(playground.evaluate("=IIJ.STATEMENT()")).toMatchObject({
      ok: true,
      rows: [
        [
          { text: "Item", kind: "text" },
          { text: "4Q02", kind: "text" },
        ],
        [
          { text: "Total", kind: "text" },
          { text: "459", kind: "number" },
        ],
        [
          { text: "Margin", kind: "text" },
          { text: "", kind: "empty" },
        ],
        [
          { text: "Up", kind: "text" },
          { text: "TRUE", kind: "logical" },
        ],
      ],
    });
  });

  it("names the functions there are for an unknown name, including inherited object keys", () => {
    expect(playground.evaluate("=IIJ.NOPE()")).toMatchObject({
      ok: false,
      error: {
        kind: "unknownFunction",
        name: "NOPE",
        names: expect.arrayContaining(["IIJ.EBITDA"]),
      },
    });
    expect(playground.evaluate("=IIJ.CONSTRUCTOR()").ok).toBe(false);
  });

  it("answers even when a function throws", () => {
    expect(playground.evaluate("=IIJ.BOOM()")).toMatchObject({
      ok: false,
      error: { kind: "function", excelError: "#VALUE!", message: "bug" },
    });
  });

  it("gives a formula's problem as data, and says how it read curly quotes", () => {
    expect(playground.evaluate("=IIJ.EBITDA(A1)")).toMatchObject({
      ok: false,
      error: { kind: "formula", problem: { kind: "cellReference", reference: "A1" } },
    });
    expect(playground.evaluate("=IIJ.EBITDA（“4Q02”）")).toMatchObject({
      ok: true,
      display: "459",
      readAs: '=IIJ.EBITDA("4Q02")',
    });
  });

  it("suggests item names as labels in the pane's language, never ids", () => {
    expect(playground.suggestItems("営業収益", "ja", 5)).toEqual(["営業収益合計", "営業収益:"]);
    // The label that matches what was typed, in the pane's language when both do.
    expect(playground.suggestItems("total", "ja", 5)).toEqual(["Total revenues"]);
    expect(playground.suggestItems("合計", "en", 5)).toEqual(["営業収益合計"]);
    expect(playground.suggestItems("total", "en", 5)).toEqual(["Total revenues"]);
    expect(playground.suggestItems("revenues", "en", 5)).toEqual(["Revenues:", "Total revenues"]);
    expect(playground.suggestItems("システム", "ja", 5)).toEqual([]);
    expect(playground.suggestItems("si", "ja", 5)).toEqual(["Systems integration"]);
    expect(playground.suggestItems("", "en", 5)).toEqual([]);
    expect(playground.suggestItems("e", "en", 1)).toHaveLength(1);
  });
});
