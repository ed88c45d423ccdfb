import fc from "fast-check";
import { parseFormula } from "../../../src/taskpane/playground/parseFormula";

describe("parseFormula", () => {
  it("reads a call with a text argument", () => {
    expect(parseFormula('=IIJ.EBITDA("4Q02")')).toEqual({
      ok: true,
      name: "EBITDA",
      args: ["4Q02"],
    });
  });

  it("reads numbers, logicals, doubled quotes and left-out arguments", () => {
    expect(parseFormula(' = iij.value( "say ""hi""" , 2002, -1.5e2, true ,, ) ')).toEqual({
      ok: true,
      name: "VALUE",
      args: ['say "hi"', 2002, -150, true, null, null],
    });
  });

  it("reads a call without arguments", () => {
    expect(parseFormula("=IIJ.FXRATE()")).toEqual({ ok: true, name: "FXRATE", args: [] });
  });

  it("refuses anything but an IIJ call", () => {
    expect(parseFormula("=SUM(1,2)").ok).toBe(false);
    expect(parseFormula("1+1").ok).toBe(false);
  });

  it("refuses cell references and operators", () => {
    expect(parseFormula("=IIJ.USD(A1)")).toEqual({
      ok: false,
      message: 'Argument 1 of IIJ.USD is not text in "quotes", a number, TRUE or FALSE.',
    });
    expect(parseFormula("=IIJ.USD(1+2)").ok).toBe(false);
  });

  it("refuses leftover text and unclosed calls", () => {
    expect(parseFormula("=IIJ.FXRATE() * 2").ok).toBe(false);
    expect(parseFormula('=IIJ.EBITDA("4Q02"').ok).toBe(false);
    expect(parseFormula('=IIJ.EBITDA("4Q02)').ok).toBe(false);
  });

  it("never throws and always explains a refusal", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseFormula(text);
        return parsed.ok || parsed.message.length > 0;
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
