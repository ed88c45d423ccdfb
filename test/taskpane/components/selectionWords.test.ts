import { checkGrid } from "../../../src/core/inference/checkGrid";
import type { GridCell } from "../../../src/core/inference/GridCell";
import { gridAddress } from "../../../src/core/inference/GridAddress";
import { selectionWords } from "../../../src/taskpane/components/SelectionCheck/selectionWords";
import { en } from "../../../src/taskpane/i18n/en";
import { ja } from "../../../src/taskpane/i18n/ja";

const cells = (rows: ReadonlyArray<ReadonlyArray<string>>): GridCell[][] =>
  rows.map((row) => row.map((text) => ({ text })));

/** Amounts with their shares of the total, one share two points off (D3). */
function statement(shareHeader: string): GridCell[][] {
  const amounts = [120_000, 340_000, 215_000, 90_000, 410_000, 75_000, 188_000, 260_000];
  const total = amounts.reduce((a, b) => a + b, 0);
  const rows = amounts.map((a, i) => [
    `Item ${i + 1}`,
    a.toLocaleString("en-US"),
    ((a / total) * 100 + (i === 1 ? 2 : 0)).toFixed(1),
  ]);
  return cells([
    ["", "Amount", shareHeader],
    ...rows,
    ["Total", total.toLocaleString("en-US"), "100.0"],
  ]);
}

describe("a finding's column, named in the pane's language", () => {
  const at = gridAddress({ row: 0, column: 1 });

  it("names a column without a header by its letter, in English and in Japanese", () => {
    const check = checkGrid(statement(""), "round", { row: 0, column: 1 });
    const finding = check.findings.find((f) => f.cell === "D3");
    expect(finding?.columnName).toEqual({ kind: "headerless", column: "D" });
    const words = (t: typeof en) => selectionWords(t, at, check.rowLabels).column(finding!);
    expect(words(en)).toBe("column D");
    expect(words(ja)).toBe("D 列");
    expect(words(ja)).not.toMatch(/[A-Za-z]{2,}/);
  });

  it("names a column with a header by its header, as the sheet has it", () => {
    const check = checkGrid(statement("構成比 %"), "round", { row: 0, column: 1 });
    const finding = check.findings.find((f) => f.cell === "D3");
    expect(finding?.columnName).toEqual({ kind: "header", header: "構成比 %" });
    expect(selectionWords(ja, at, check.rowLabels).column(finding!)).toBe("構成比 %");
  });
});
