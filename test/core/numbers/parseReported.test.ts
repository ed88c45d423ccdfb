import fc from "fast-check";
import { formatReported } from "../../../src/core/numbers/formatReported";
import { parseReported } from "../../../src/core/numbers/parseReported";

describe("parseReported", () => {
  it("reads a negative percentage in parentheses", () => {
    expect(parseReported("(8.3%)")).toEqual({
      value: -8.3,
      decimals: 1,
      style: { negative: "parentheses", grouped: false, percent: true, fullWidth: false },
    });
  });

  it("reads thousands separators and keeps zero decimals", () => {
    expect(parseReported("7,887")).toMatchObject({ value: 7887, decimals: 0 });
    expect(parseReported("(2,136,513)")).toMatchObject({ value: -2136513, decimals: 0 });
  });

  it("reads minus signs and Japanese triangles", () => {
    expect(parseReported("-905")?.value).toBe(-905);
    expect(parseReported("−905")?.value).toBe(-905);
    expect(parseReported("▲1,234")?.value).toBe(-1234);
    expect(parseReported("△12.5%")?.value).toBe(-12.5);
  });

  it("reads the prose's parenthesized minus and prints it back", () => {
    const read = parseReported("(-)3.4%");
    expect(read).toEqual({
      value: -3.4,
      decimals: 1,
      style: { negative: "parenthesizedMinus", grouped: false, percent: true, fullWidth: false },
    });
    expect(read === null ? null : formatReported(read)).toBe("(-)3.4%");
    expect(parseReported("(-)0.0%")).toBeNull();
  });

  it("reads full-width digits", () => {
    expect(parseReported("１，２３４")).toMatchObject({ value: 1234, decimals: 0 });
  });

  it("reads a dash as nil", () => {
    expect(parseReported("-")).toMatchObject({ value: null, decimals: 0 });
  });

  it("returns null for leftover input, empty text and a negative zero", () => {
    expect(parseReported("12a")).toBeNull();
    expect(parseReported("")).toBeNull();
    expect(parseReported("(0)")).toBeNull();
    expect(parseReported("1,23")).toBeNull();
    expect(parseReported("((1))")).toBeNull();
  });

  it("gives back the printed text when formatted (generated figures)", () => {
    const style = fc.record({
      negative: fc.constantFrom(
        "parentheses" as const,
        "minus" as const,
        "unicodeMinus" as const,
        "blackTriangle" as const,
        "whiteTriangle" as const,
        "parenthesizedMinus" as const
      ),
      grouped: fc.boolean(),
      percent: fc.boolean(),
      fullWidth: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: -99_999_999, max: 99_999_999 }),
        fc.integer({ min: 0, max: 3 }),
        style,
        (scaled, decimals, s) => {
          const value = scaled / 10 ** decimals;
          const grouped = s.grouped && Math.abs(value) >= 1000;
          const text = formatReported({ value, decimals, style: { ...s, grouped } });
          const parsed = parseReported(text);
          expect(parsed).not.toBeNull();
          expect(formatReported(parsed!)).toBe(text);
          expect(parsed!.value).toBeCloseTo(value, 10);
        }
      )
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const parsed = parseReported(text);
        expect(parsed === null || typeof parsed.decimals === "number").toBe(true);
      })
    );
  });
});
