import fc from "fast-check";
import { parseFormula } from "../../../src/taskpane/playground/parseFormula";

describe("parseFormula", () => {
  it("reads a call with a text argument", () => {
    expect(parseFormula('=IIJ.EBITDA("4Q02")')).toEqual({
      ok: true,
      name: "EBITDA",
      args: ["4Q02"],
      readAs: null,
    });
  });

  it("reads numbers, logicals, doubled quotes and left-out arguments", () => {
    expect(parseFormula(' = iij.value( "say ""hi""" , 2002, -1.5e2, true ,, ) ')).toEqual({
      ok: true,
      name: "VALUE",
      args: ['say "hi"', 2002, -150, true, null, null],
      readAs: null,
    });
  });

  it("reads a call without arguments", () => {
    expect(parseFormula("=IIJ.FXRATE()")).toEqual({
      ok: true,
      name: "FXRATE",
      args: [],
      readAs: null,
    });
  });

  it("refuses anything but an IIJ call", () => {
    expect(parseFormula("=SUM(1,2)").ok).toBe(false);
    expect(parseFormula("1+1").ok).toBe(false);
  });

  it("names a cell or range reference as one, in any argument", () => {
    for (const reference of [
      "A1",
      "$B$2",
      "a1:c3",
      "Sheet1!B2",
      "'My sheet'!A:A",
      "FY2002",
      "1:3",
    ]) {
      expect(parseFormula(`=IIJ.VALUE("Total revenues", ${reference})`)).toMatchObject({
        ok: false,
        problem: { kind: "cellReference", name: "VALUE", argument: 2, reference },
      });
    }
  });

  it("names text in single quotes or corner brackets, with the text", () => {
    for (const quoted of ["'4Q02'", "‘4Q02’", "＇4Q02＇", "「4Q02」", "『4Q02』"]) {
      expect(parseFormula(`=IIJ.EBITDA(${quoted})`)).toMatchObject({
        ok: false,
        problem: { kind: "otherQuotes", name: "EBITDA", argument: 1, text: "4Q02" },
      });
    }
  });

  it("names a word without quotes as text that needs them", () => {
    expect(parseFormula("=IIJ.EBITDA(4Q02)")).toMatchObject({
      problem: { kind: "unquotedText", argument: 1, text: "4Q02" },
    });
    expect(parseFormula('=IIJ.VALUE(Total revenues, "4Q02")')).toMatchObject({
      problem: { kind: "unquotedText", argument: 1, text: "Total revenues" },
    });
  });

  it("refuses operators and nested calls as not literals", () => {
    expect(parseFormula("=IIJ.USD(1+2)")).toMatchObject({
      problem: { kind: "notALiteral", name: "USD", argument: 1 },
    });
    expect(parseFormula('=IIJ.EBITDA(INDIRECT("A1"))')).toMatchObject({
      problem: { kind: "notALiteral", argument: 1 },
    });
  });

  it("refuses leftover text and unclosed calls, saying which", () => {
    expect(parseFormula("=IIJ.FXRATE() * 2")).toMatchObject({
      problem: { kind: "leftover", text: "* 2" },
    });
    expect(parseFormula('=IIJ.EBITDA("4Q02"')).toMatchObject({
      problem: { kind: "unclosedCall", name: "EBITDA" },
    });
    expect(parseFormula('=IIJ.EBITDA("4Q02", ')).toMatchObject({
      problem: { kind: "unclosedCall" },
    });
    expect(parseFormula("=IIJ.EBITDA(TRUE")).toMatchObject({ problem: { kind: "unclosedCall" } });
    expect(parseFormula("=IIJ.USD(12")).toMatchObject({ problem: { kind: "unclosedCall" } });
    expect(parseFormula('=IIJ.EBITDA("4Q02)')).toMatchObject({
      problem: { kind: "unclosedText", argument: 1 },
    });
    expect(parseFormula('=IIJ.EBITDA("4Q02" "JPY")')).toMatchObject({
      problem: { kind: "expectedSeparator", argument: 1 },
    });
    expect(parseFormula("=SUM(1,2)")).toMatchObject({ problem: { kind: "notACall" } });
    expect(parseFormula("1+1")).toMatchObject({ problem: { kind: "notACall" } });
  });

  it.each([
    ["curly double quotes", "=IIJ.EBITDA(“4Q02”)"],
    ["full-width double quotes", "=IIJ.EBITDA(＂4Q02＂)"],
    ["Japanese double quotes", "=IIJ.EBITDA(〝4Q02〟)"],
    ["full-width parentheses", '=IIJ.EBITDA（"4Q02"）'],
    ["full-width equals and letters", '＝ＩＩＪ．ＥＢＩＴＤＡ("4Q02")'],
    ["an ideographic space", '=IIJ.EBITDA("4Q02")\u3000'],
    ["everything a Japanese IME types", "＝ＩＩＪ．ＥＢＩＴＤＡ（”4Q02”）"],
  ])("reads %s as Excel's punctuation, and says how it read them", (_, typed) => {
    expect(parseFormula(typed)).toEqual({
      ok: true,
      name: "EBITDA",
      args: ["4Q02"],
      readAs: '=IIJ.EBITDA("4Q02")',
    });
  });

  it("reads full-width and ideographic commas, and a long-vowel mark as minus", () => {
    expect(parseFormula("=IIJ.CHECK(0.073，931399、13036439)")).toMatchObject({
      ok: true,
      args: [0.073, 931399, 13036439],
    });
    expect(parseFormula("=IIJ.USD(ー１２)")).toMatchObject({ ok: true, args: [-12] });
  });

  it("keeps what is inside text as typed", () => {
    expect(parseFormula("=IIJ.VALUE(“営業収益（合計）、A”, ＂４Ｑ０２＂)")).toMatchObject({
      ok: true,
      args: ["営業収益（合計）、A", "４Ｑ０２"],
    });
    expect(parseFormula('=IIJ.VALUE("say “hi”")')).toMatchObject({
      ok: true,
      args: ["say “hi”"],
      readAs: null,
    });
  });

  it("never throws and always explains a refusal", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseFormula(text);
        return parsed.ok || parsed.problem.kind.length > 0;
      })
    );
  });

  it("gives back any text argument exactly", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const parsed = parseFormula(`=IIJ.X("${s.replace(/"/g, '""')}")`);
        return parsed.ok && parsed.args.length === 1 && parsed.args[0] === s;
      })
    );
  });
});
