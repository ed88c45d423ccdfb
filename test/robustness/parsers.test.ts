import fc from "fast-check";
import { buildIndex } from "../../src/core/model/buildIndex";
import { findItem } from "../../src/core/model/findItem";
import { normalizeName } from "../../src/core/model/normalizeName";
import { parseReported } from "../../src/core/numbers/parseReported";
import { parsePeriod } from "../../src/core/periods/parsePeriod";
import { dataset } from "../../src/data";
import { parseEdition } from "../../src/functions/pure/parseEdition";
import { parseUnit } from "../../src/functions/pure/parseUnit";

const index = buildIndex(dataset);
const tableIds = dataset.tables.map((t) => t.id);

/** Text of every kind a cell can hold: any code unit, graphemes, and the release's own symbols. */
const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc
    .array(
      fc.constantFrom(
        ..."0123456789０１２３４５６７８９,.，．()（）-−▲△%％ QFYqfy年度第四半期月日/:円千百万"
      ),
      { maxLength: 40 }
    )
    .map((parts) => parts.join(""))
);

/** Long inputs built to make a backtracking pattern or a quadratic scan show itself. */
const HOSTILE: ReadonlyArray<string> = [
  "1".repeat(200_000),
  "1,".repeat(100_000) + "x",
  "(".repeat(100_000) + "1" + ")".repeat(99_999),
  "-".repeat(200_000),
  "Q4 FY".repeat(40_000),
  "2002年度".repeat(25_000),
  "2003-03-31".repeat(20_000),
  "total revenues ".repeat(15_000),
  " ".repeat(200_000) + "4Q02",
  "\u0000".repeat(100_000),
  "😀".repeat(50_000),
];

const MESSAGE_LIMIT = 400;

describe("parsePeriod", () => {
  it("answers a period or a bounded message for any text, without throwing", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parsePeriod(text);
        expect(parsed.ok || parsed.message.length <= MESSAGE_LIMIT).toBe(true);
      }),
      { numRuns: 3000 }
    );
  });

  it.each(HOSTILE.map((s) => [s.slice(0, 12), s]))("answer the long text %j promptly", (_, s) => {
    const parsed = parsePeriod(s);
    // Only the padded "4Q02" is a period: spaces around a period are not part of it.
    expect(parsed.ok).toBe(s.trim() === "4Q02");
    expect(parsed.ok || parsed.message.length <= MESSAGE_LIMIT).toBe(true);
  });
});

describe("parseReported", () => {
  it("reads any text as a finite figure with whole decimals, or nothing, without throwing", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseReported(text);
        if (parsed !== null) {
          expect(parsed.value === null || Number.isFinite(parsed.value)).toBe(true);
          expect(Number.isInteger(parsed.decimals) && parsed.decimals >= 0).toBe(true);
        }
      }),
      { numRuns: 5000 }
    );
  });

  it.each(HOSTILE.map((s) => [s.slice(0, 12), s]))("refuses the long text %j promptly", (_, s) => {
    expect(parseReported(s)).toBeNull();
  });
});

describe("the units, editions and item names a user types", () => {
  it("parseUnit answers a unit or a message Excel can show, for any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const unit = parseUnit(text);
        expect(unit.ok || unit.message.length <= 255).toBe(true);
      }),
      { numRuns: 3000 }
    );
    for (const s of HOSTILE) {
      const unit = parseUnit(s);
      expect(!unit.ok && unit.message.length <= 255).toBe(true);
    }
  });

  it("parseEdition answers an edition or a message Excel can show, for any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const edition = parseEdition(text);
        expect(
          edition.ok ? ["en", "ja"].includes(edition.value) : edition.message.length <= 255
        ).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });

  it("normalizeName leaves only lower-case letters and digits, for any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalizeName(text)).toMatch(/^[\p{L}\p{N}]*$/u);
        expect(normalizeName(text)).toBe(normalizeName(text).toLowerCase());
      }),
      { numRuns: 3000 }
    );
  });

  it("findItem answers ids of the dataset or a bounded message, for any text and any tables", () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.subarray(tableIds), { nil: undefined }), (text, within) => {
        const found = findItem(index, text, within === undefined ? undefined : new Set(within));
        if (found.ok) {
          expect(found.ids.length).toBeGreaterThan(0);
          expect(found.ids.every((id) => index.items.has(id))).toBe(true);
        } else {
          expect(found.message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
        }
      }),
      { numRuns: 3000 }
    );
  });

  it.each(HOSTILE.map((s) => [s.slice(0, 12), s]))("findItem refuses %j promptly", (_, s) => {
    const found = findItem(index, s);
    expect(!found.ok && found.message.length <= MESSAGE_LIMIT).toBe(true);
  });
});
