import fc from "fast-check";
import { checkGrid } from "../../../src/core/inference/checkGrid";
import type { GridCell } from "../../../src/core/inference/GridCell";

const cells = (rows: ReadonlyArray<ReadonlyArray<string>>): GridCell[][] =>
  rows.map((row) => row.map((text) => ({ text })));

describe("checkGrid on inputs that are not statements", () => {
  it("finds no table in an empty grid", () => {
    const check = checkGrid([], "round");
    expect(check.tables).toEqual([]);
    expect(check.findings).toEqual([]);
  });

  it("reads one cell as a table with nothing to infer", () => {
    const check = checkGrid(cells([["7.2%"]]), "round");
    expect(check.tables).toHaveLength(1);
    expect(check.relations).toEqual([]);
    expect(check.findings).toEqual([]);
  });

  it("finds no table in a grid of text", () => {
    const check = checkGrid(
      cells([
        ["Name", "City"],
        ["Alice", "Tokyo"],
        ["Bob", "Osaka"],
      ]),
      "round"
    );
    expect(check.tables).toEqual([]);
    expect(check.findings).toEqual([]);
  });

  it("accepts no share from a percentage column of 100s: each row is only its own base", () => {
    const check = checkGrid(
      cells([
        ["", "JPY", "%"],
        ["a", "120", "100.0"],
        ["b", "340", "100.0"],
        ["c", "560", "100.0"],
        ["d", "780", "100.0"],
      ]),
      "round"
    );
    expect(check.relations).toEqual([]);
    expect(check.findings).toEqual([]);
    expect(check.unread.map((u) => u.words)).toEqual([
      expect.stringMatching(
        /^column C \(%\) not understood: the best hypothesis, share of column B/
      ),
    ]);
  });

  it("infers nothing from an amount column of 100s", () => {
    const check = checkGrid(
      cells([["", "JPY"], ...Array.from({ length: 8 }, (_, i) => [`r${i}`, "100"])]),
      "round"
    );
    expect(check.relations).toEqual([]);
    expect(check.findings).toEqual([]);
  });

  it("names no column when two hypotheses explain as many cells with different verdicts", () => {
    const check = checkGrid(
      cells([
        ["", "A", "B", "%"],
        ["r1", "100", "400", "10.0"],
        ["r2", "200", "10", "20.0"],
        ["r3", "300", "300", "30.0"],
        ["r4", "150", "150", "15.0"],
        ["r5", "50", "120", "12.0"],
        ["r6", "200", "20", "2.0"],
        ["Total", "1,000", "1,000", "100.0"],
      ]),
      "round"
    );
    expect(check.relations.filter((r) => r.kind === "share")).toEqual([]);
    expect(check.unread.map((u) => u.words)).toEqual([
      expect.stringMatching(
        /column D \(%\) not understood: .*explains 4 of 6 cells, as many as another hypothesis/
      ),
    ]);
    expect(check.findings).toEqual([]);
  });

  it("prefers the nearest amount column on the left when two give the same verdicts", () => {
    const check = checkGrid(
      cells([
        ["", "JPY", "Copy", "%"],
        ["r1", "100", "100", "10.0"],
        ["r2", "200", "200", "20.0"],
        ["r3", "300", "300", "30.0"],
        ["r4", "400", "400", "40.0"],
        ["Total", "1,000", "1,000", "100.0"],
      ]),
      "round"
    );
    expect(check.relations.find((r) => r.kind === "share")).toMatchObject({ column: 3, of: 2 });
  });

  it("checks a grid of 10,000 columns without searching every pair", () => {
    const width = 10_000;
    const header = Array.from({ length: width }, (_, c) =>
      c === 0 ? "" : c % 2 === 0 ? "%" : `P${c}`
    );
    const rows = Array.from({ length: 5 }, (_, r) =>
      Array.from({ length: width }, (_, c) =>
        c === 0
          ? `row ${r}`
          : c % 2 === 0
            ? ((r * 7 + c) % 100).toFixed(1)
            : String(1000 + r * 13 + c)
      )
    );
    const check = checkGrid(cells([header, ...rows]), "round");
    expect(check.tables).toHaveLength(1);
    expect(check.findings).toEqual([]);
    expect(check.unread.length).toBeGreaterThan(0);
  });
});

describe("checkGrid on random grids", () => {
  const cell = fc.oneof(
    fc.constantFrom(
      "",
      "",
      "-",
      "100.0",
      "100",
      "Total",
      "合計",
      "7.2%",
      "(1,234)",
      "△5",
      "１２３"
    ),
    fc.integer({ min: -100_000, max: 100_000 }).map(String),
    fc.double({ min: -1000, max: 1000, noNaN: true }).map((v) => v.toFixed(1)),
    fc.string({ maxLength: 6 })
  );
  it("never throws, and raises findings only in cells an accepted relation covers", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }), (rows) => {
        const check = checkGrid(cells(rows), "round");
        const covered = new Set(
          check.relations.flatMap((r) =>
            r.kind === "footing"
              ? r.columns.map((c) => `${r.row},${c}`)
              : r.rows.map((row) => `${row},${r.column}`)
          )
        );
        for (const f of check.findings) {
          expect(covered.has(`${f.where.item},${f.where.column}`)).toBe(true);
        }
      }),
      { numRuns: 300 }
    );
  });
});

describe("checkGrid's explanations and modes", () => {
  const japanese = cells([
    ["単位：千円", "", ""],
    ["", "金額", "構成比"],
    ["接続料収入", "2,000", "20.0"],
    ["付加価値サービス", "3,000", "31.0"],
    ["その他", "5,000", "50.0"],
    ["営業収益合計", "10,000", "100.0"],
    ["売上原価", "4,000", "40.0"],
  ]);

  it("explains a Japanese table's finding in Japanese, naming the cells", () => {
    const check = checkGrid(japanese, "round");
    expect(check.tables[0].edition).toBe("ja");
    expect(check.findings.map((f) => f.explanation.ja)).toEqual([
      expect.stringMatching(/^C4 の記載値 31\.0%。B4 ÷ B\$6 = 3,000 ÷ 10,000 = 30\.00%/),
    ]);
  });

  it("names cells as the sheet does when the grid starts elsewhere", () => {
    const check = checkGrid(japanese, "round", { row: 9, column: 3 });
    expect(check.findings.map((f) => [f.cell, f.relation])).toEqual([["F13", "E13 ÷ E$15"]]);
  });

  it("reads amounts as truncated in truncate mode", () => {
    // Three 3s truncated stand for [9, 12): a total of 12 is possible, though not when rounded.
    const grid = cells([
      ["", "A", "B", "C", "D"],
      ["x", "3", "1", "1", "2"],
      ["y", "3", "1", "1", "2"],
      ["z", "3", "1", "1", "2"],
      ["Total", "12", "3", "3", "6"],
    ]);
    expect(checkGrid(grid, "round").findings.map((f) => [f.cell, f.severity])).toEqual([
      ["B5", "major"],
    ]);
    expect(checkGrid(grid, "truncate").findings).toEqual([]);
  });
});
