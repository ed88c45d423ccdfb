import fc from "fast-check";
import { MAX_SHEET_NAME, sheetName, validSheetName } from "../../src/core/layout/sheetName";

/** What Excel refuses in a sheet name: the characters, an apostrophe at either end, emptiness. */
function excelRefuses(name: string): string | null {
  if (name.length === 0) return "empty";
  if (name.length > MAX_SHEET_NAME) return "longer than 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "a forbidden character";
  if (name.startsWith("'") || name.endsWith("'")) return "an apostrophe at an end";
  if (name.toLowerCase() === "history") return "reserved by Excel (History)";
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name))
    return "half a character (a lone surrogate)";
  return null;
}

const awkward = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc
    .array(fc.constantFrom(":", "\\", "/", "?", "*", "[", "]", "'", " ", "a", "表", "😀"), {
      maxLength: 50,
    })
    .map((parts) => parts.join(""))
);

describe("validSheetName", () => {
  it("gives a name Excel accepts for any wanted text", () => {
    fc.assert(
      fc.property(awkward, fc.array(awkward, { maxLength: 5 }), (wanted, taken) => {
        const name = validSheetName(wanted, new Set(taken));
        expect({ name, refused: excelRefuses(name) }).toEqual({ name, refused: null });
      }),
      { numRuns: 2000 }
    );
  });

  it.each([
    ["an apostrophe left at the end once spaces are trimmed", ":' "],
    ["an apostrophe left at the end by the cut at 31 characters", `${"a".repeat(30)}'x`],
    ["half an emoji left at the end by the cut at 31 characters", `${"a".repeat(30)}😀`],
    ["Excel's reserved name History", "History"],
  ])("gives a name Excel accepts for %s", (_, wanted) => {
    expect(excelRefuses(validSheetName(wanted, new Set()))).toBeNull();
  });

  it("never gives a name already taken, whatever its case", () => {
    fc.assert(
      fc.property(awkward, fc.array(awkward, { maxLength: 8 }), (wanted, taken) => {
        const variants = taken.flatMap((t) => [t, t.toUpperCase(), t.toLowerCase()]);
        const name = validSheetName(wanted, new Set(variants));
        const upper = name.toLocaleUpperCase();
        expect(variants.filter((t) => t.toLocaleUpperCase() === upper)).toEqual([]);
      }),
      { numRuns: 1000 }
    );
  });

  it("gives distinct names to a run of clashing wishes, as the plan asks for them", () => {
    fc.assert(
      fc.property(fc.array(awkward, { minLength: 1, maxLength: 30 }), (wishes) => {
        const taken = new Set<string>();
        for (const wish of wishes) {
          taken.add(validSheetName(wish, taken));
        }
        const upper = [...taken].map((t) => t.toLocaleUpperCase());
        expect(new Set(upper).size).toBe(wishes.length);
      }),
      { numRuns: 300 }
    );
  });

  it("keeps a clean name as it is", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ()&,.-]{0,29}[A-Za-z0-9)]$/), (n) => {
        expect(validSheetName(n, new Set())).toBe(n);
      })
    );
  });
});

describe("sheetName", () => {
  it("gives every known group a name Excel accepts in both languages", () => {
    const groups = [
      "operations_quarterly",
      "operations_annual",
      "balance_sheet",
      "cash_flows_quarterly",
      "cash_flows_annual",
      "operatingData",
      "nonGaap",
      "crossSelling",
      "claims",
      "checks",
    ];
    for (const group of groups) {
      for (const edition of ["en", "ja", null] as const) {
        expect(excelRefuses(sheetName(group, edition, ""))).toBeNull();
      }
    }
  });
});
