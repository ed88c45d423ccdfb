import { formatDecimals } from "../../../src/core/inference/formatDecimals";
import { isTotalLabel } from "../../../src/core/inference/isTotalLabel";
import { parseCsv } from "../../../src/core/inference/parseCsv";
import { parseRange } from "../../../src/core/inference/parseRange";
import { readGridCell } from "../../../src/core/inference/readGridCell";
import { splitTables } from "../../../src/core/inference/splitTables";

describe("readGridCell", () => {
  it.each([
    ["1,234", 1234, 0, false],
    ["(1,234)", -1234, 0, false],
    ["-1,234", -1234, 0, false],
    ["△1,234", -1234, 0, false],
    ["▲1,234", -1234, 0, false],
    ["１，２３４．５", 1234.5, 1, false],
    ["7.2%", 7.2, 1, true],
    ["(8.3%)", -8.3, 1, true],
    ["-", null, 0, false],
    ["—", null, 0, false],
  ])("reads %s as the release reads it", (text, value, decimals, percent) => {
    expect(readGridCell({ text })).toMatchObject({ kind: "figure", value, decimals, percent });
  });

  it("reads a stored number with the decimals its format displays, not the float's", () => {
    expect(readGridCell({ text: "0.07145", number: 0.07145, format: "0.0%" })).toEqual({
      kind: "figure",
      value: 7.1,
      decimals: 1,
      percent: true,
      text: "7.1%",
    });
    expect(
      readGridCell({ text: "931399.4", number: 931399.4, format: "#,##0;(#,##0)" })
    ).toMatchObject({
      value: 931399,
      decimals: 0,
    });
    expect(readGridCell({ text: "7.25", number: 7.25 })).toMatchObject({
      value: 7.25,
      decimals: 2,
    });
  });

  it("reads labels as text and empty cells as blank", () => {
    expect(readGridCell({ text: "Total revenues" })).toEqual({
      kind: "text",
      text: "Total revenues",
    });
    expect(readGridCell({ text: "  " })).toEqual({ kind: "blank" });
    expect(readGridCell(null)).toEqual({ kind: "blank" });
  });
});

describe("formatDecimals", () => {
  it("reads the positive section's decimals and percent sign", () => {
    expect(formatDecimals("#,##0.0;(#,##0.0)")).toEqual({ decimals: 1, percent: false });
    expect(formatDecimals("0.00%")).toEqual({ decimals: 2, percent: true });
    expect(formatDecimals('"JPY "#,##0')).toEqual({ decimals: 0, percent: false });
    expect(formatDecimals("General")).toBeNull();
  });
});

describe("isTotalLabel", () => {
  it.each(["Total revenues", "Subtotal", "合計", "小計", "営業費用計", "TOTAL ASSETS"])(
    "says %s is a total",
    (label) => {
      expect(isTotalLabel(label)).toBe(true);
    }
  );
  it.each(["Net loss", "Totalizer rent", "計画"])("says %s is not", (label) => {
    expect(isTotalLabel(label)).toBe(false);
  });
});

describe("splitTables", () => {
  const fig = readGridCell({ text: "1" });
  const blank = readGridCell(null);
  it("splits on two blank rows and keeps a single blank row inside a table", () => {
    expect(splitTables([[fig], [blank], [fig], [blank], [blank], [fig], [blank]])).toEqual([
      { top: 0, bottom: 3 },
      { top: 5, bottom: 6 },
    ]);
  });
});

describe("parseCsv", () => {
  it("reads RFC 4180 quoting, CRLF and a byte-order mark", () => {
    expect(parseCsv('\uFEFFa,"b,""c"""\r\n"x\ny",2\n')).toEqual({
      ok: true,
      rows: [
        ["a", 'b,"c"'],
        ["x\ny", "2"],
      ],
    });
  });
  it("keeps empty fields and reads an empty file as no rows", () => {
    expect(parseCsv("a,,b")).toEqual({ ok: true, rows: [["a", "", "b"]] });
    expect(parseCsv("")).toEqual({ ok: true, rows: [] });
  });
  it("names the line of a quote that never closes", () => {
    expect(parseCsv('a\n"b,c')).toEqual({
      ok: false,
      message: "a quoted field opened on line 2 never closes",
    });
  });
});

describe("parseRange", () => {
  it("reads A1 ranges and single cells", () => {
    expect(parseRange("A1:K60")).toEqual({ top: 0, left: 0, bottom: 59, right: 10 });
    expect(parseRange("$C$3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(parseRange("K60:A1")).toEqual({ top: 0, left: 0, bottom: 59, right: 10 });
  });
  it("refuses what is not a range on a sheet", () => {
    expect(parseRange("A0")).toBeNull();
    expect(parseRange("XFE1")).toBeNull();
    expect(parseRange("Sheet1!A1")).toBeNull();
  });
});
