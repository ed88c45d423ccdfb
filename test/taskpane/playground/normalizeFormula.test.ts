import fc from "fast-check";
import { normalizeFormula } from "../../../src/taskpane/playground/normalizeFormula";

describe("normalizeFormula", () => {
  it("turns what a Japanese IME types outside text into Excel's punctuation", () => {
    expect(normalizeFormula("＝ＩＩＪ．ＣＨＥＣＫ（０．０７３，　１、ー２）")).toBe(
      "=IIJ.CHECK(0.073, 1,-2)"
    );
  });

  it("turns curly and full-width double quotes into Excel's, keeping the text inside", () => {
    expect(normalizeFormula("=IIJ.VALUE(“営業収益（合計）”, ＂４Ｑ０２＂)")).toBe(
      '=IIJ.VALUE("営業収益（合計）", "４Ｑ０２")'
    );
    // A straight quote inside curly text is doubled, as Excel writes it.
    expect(normalizeFormula('=IIJ.X(“say "hi"”)')).toBe('=IIJ.X("say ""hi""")');
  });

  it("keeps curly quotes inside Excel's own text", () => {
    expect(normalizeFormula('=IIJ.X("say “hi”")')).toBe('=IIJ.X("say “hi”")');
  });

  it("turns single curly quotes into straight ones, for the parser to name", () => {
    expect(normalizeFormula("=IIJ.X(‘4Q02’)")).toBe("=IIJ.X('4Q02')");
  });

  it("leaves a formula in Excel's punctuation as it is", () => {
    fc.assert(fc.property(fc.string(), (text) => normalizeFormula(text) === text));
  });

  it("is idempotent on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const once = normalizeFormula(text);
        return normalizeFormula(once) === once;
      })
    );
  });
});
