import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkTableFile } from "../../src/cli/checkTableFile";
import type { CheckArguments } from "../../src/cli/parseCheckArguments";
import { MAX_TABLE_FILE_BYTES, readTableFile } from "../../src/cli/readTableFile";

const dir = mkdtempSync(join(tmpdir(), "check-table-"));
const options: CheckArguments = {
  editions: ["en"],
  mode: "round",
  json: false,
  failOn: "never",
  explain: false,
};

/** A pasted statement with one wrong percentage: B4 ÷ B$7 is 30.0%, and C4 says 31.0%. */
const STATEMENT = [
  "(JPY thousands),,",
  ",FY2003,",
  ",JPY,% of total",
  'Dedicated access,"2,000",20.0',
  'Dial-up,"3,000",31.0',
  'Other,"5,000",50.0',
  'Total revenues,"10,000",100.0',
  'Costs,"4,000",40.0',
  'Expenses,"1,000",10.0',
].join("\r\n");

async function run(
  file: string,
  extra: Partial<CheckArguments> = {}
): Promise<{ status: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const status = await checkTableFile(
    { ...options, ...extra, table: file },
    (t) => (out += t),
    (t) => (err += t)
  );
  return { status, out, err };
}

describe("npm run check -- --table", () => {
  const csv = join(dir, "statement.csv");
  writeFileSync(csv, "\uFEFF" + STATEMENT);

  it("explains the relation it inferred and flags the wrong percentage by its cell", async () => {
    const { status, out } = await run(csv, { explain: true });
    expect(status).toBe(0);
    expect(out).toContain(
      "T1 column C: % of row 7 (Total revenues) of column B, 4 of 5 cells consistent"
    );
    expect(out).toContain("[MAJOR] share C5 · Dial-up · % of total");
    expect(out).toContain("C5 prints 31.0%. B5 ÷ B$7 = 3,000 ÷ 10,000 = 30.00%, rounded 30.0%");
  });

  it("gives JSON with each finding's cell and relation, the relations and the parts not understood", async () => {
    const { out } = await run(csv, { json: true });
    const doc = JSON.parse(out) as {
      findings: { cell: string; relation: string; severity: string; kind: string }[];
      relations: {
        kind: string;
        column: number;
        of: number;
        consistent: number;
        checkable: number;
      }[];
      unread: unknown[];
      counts: Record<string, { checked: number }>;
    };
    expect(doc.findings.map((f) => [f.kind, f.cell, f.relation, f.severity])).toEqual([
      ["share", "C5", "B5 ÷ B$7", "major"],
    ]);
    expect(doc.relations).toEqual([
      expect.objectContaining({ kind: "share", column: 2, of: 1, consistent: 4, checkable: 5 }),
    ]);
    // One amount column gives a total one cell to foot: too few to call it a footing.
    expect(doc.unread).toEqual([
      expect.objectContaining({
        kind: "row",
        index: 6,
        reason: "labelled a total, but explains 1 of 1 cells, fewer than 3",
      }),
    ]);
    expect(doc.counts.share.checked).toBe(6);
  });

  it("exits 1 with --fail-on major when a major finding exists", async () => {
    expect((await run(csv, { failOn: "major" })).status).toBe(1);
  });

  it("reads a range of the sheet and names cells as the sheet does", async () => {
    const { out } = await run(csv, { range: "A3:C9", json: true });
    expect(
      (JSON.parse(out) as { findings: { cell: string }[] }).findings.map((f) => f.cell)
    ).toEqual(["C5"]);
  });

  it("reads an XLSX sheet's numbers with their formats, a stored 0.31 shown as 31.0%", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Cover").getCell("A1").value = "Statement follows";
    const sheet = workbook.addWorksheet("P&L");
    const rows: [string, number, number][] = [
      ["Dedicated access", 2000, 0.2],
      ["Dial-up", 3000, 0.31],
      ["Other", 5000, 0.5],
      ["Total revenues", 10000, 1],
      ["Costs", 4000, 0.4],
      ["Expenses", 1000, 0.1],
    ];
    sheet.getCell("B2").value = "JPY";
    sheet.getCell("C2").value = "Share";
    rows.forEach(([label, amount, share], i) => {
      sheet.getCell(3 + i, 1).value = label;
      sheet.getCell(3 + i, 2).value = amount;
      sheet.getCell(3 + i, 2).numFmt = "#,##0";
      sheet.getCell(3 + i, 3).value = share;
      sheet.getCell(3 + i, 3).numFmt = "0.0%";
    });
    const file = join(dir, "statement.xlsx");
    await workbook.xlsx.writeFile(file);
    const { out } = await run(file, { sheet: "P&L", json: true });
    const doc = JSON.parse(out) as { findings: { cell: string; reported: { text: string } }[] };
    expect(doc.findings.map((f) => [f.cell, f.reported.text])).toEqual([["C4", "31.0%"]]);
    expect((await run(file, { sheet: "Notes" })).err).toBe(
      `cannot read ${file}: no sheet named 'Notes' (it has 'Cover', 'P&L')`
    );
  });

  it("exits 2 naming the file and the reason when it cannot be read", async () => {
    const missing = join(dir, "missing.csv");
    expect(await run(missing)).toEqual({
      status: 2,
      out: "",
      err: `cannot read ${missing}: not found`,
    });
    const text = join(dir, "notes.txt");
    writeFileSync(text, "hello");
    expect((await run(text)).err).toBe(`cannot read ${text}: not a .csv or .xlsx file`);
    const fake = join(dir, "fake.xlsx");
    writeFileSync(fake, "not a zip");
    expect((await run(fake)).err).toMatch(
      /^cannot read .*fake\.xlsx: not a readable \.xlsx workbook/
    );
    expect((await run(csv, { range: "M100:N200" })).err).toBe(
      `cannot read ${csv}: the range M100:N200 is outside the used area A1:C9`
    );
    expect((await run(csv, { range: "A1:" })).err).toBe(
      `cannot read ${csv}: 'A1:' is not an A1 range on a sheet`
    );
    const broken = join(dir, "broken.csv");
    writeFileSync(broken, 'a,"b\n1,2');
    expect((await run(broken)).err).toBe(
      `cannot read ${broken}: not RFC 4180 CSV (a quoted field opened on line 1 never closes)`
    );
  });

  it("refuses a 50 MB CSV with the stated limit, without reading it", async () => {
    const big = join(dir, "big.csv");
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, "1,2\n"));
    const read = await readTableFile(big);
    expect(read).toEqual({
      ok: false,
      message: `cannot read ${big}: it has 50.0 MB, over the limit of ${MAX_TABLE_FILE_BYTES / 1024 / 1024} MB`,
    });
  });

  it("reads an empty file as no table", async () => {
    const empty = join(dir, "empty.csv");
    writeFileSync(empty, "");
    const { status, out } = await run(empty);
    expect(status).toBe(0);
    expect(out).toContain("0 table(s)");
  });
});
