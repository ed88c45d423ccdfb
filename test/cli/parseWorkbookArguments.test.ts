import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildWorkbookPlan } from "../../src/core/layout/buildWorkbookPlan";
import { buildIndex } from "../../src/core/model/buildIndex";
import { dataset } from "../../src/data";
import { parseWorkbookArguments } from "../../src/cli/parseWorkbookArguments";
import { writeWorkbookFile } from "../../src/xlsx/writeWorkbookFile";

describe("parseWorkbookArguments", () => {
  it("reads the output, edition, mode and force", () => {
    expect(
      parseWorkbookArguments([
        "--out",
        "a.xlsx",
        "--edition",
        "both",
        "--mode",
        "truncate",
        "--force",
      ])
    ).toEqual({
      ok: true,
      value: {
        out: "a.xlsx",
        edition: "both",
        mode: "truncate",
        force: true,
        highlightMinor: true,
      },
    });
  });

  it.each([
    [[], /--out FILE.xlsx is required/],
    [["--out"], /--out takes a file name/],
    [["--out", "a.csv"], /must name an .xlsx file/],
    [["--out", "a.xlsx", "--edition", "fr"], /--edition takes en, ja or both, not 'fr'/],
    [["--out", "a.xlsx", "--mode", "ceil"], /--mode takes round or truncate/],
    [["--out", "a.xlsx", "--frobnicate"], /unknown argument '--frobnicate'/],
  ])("refuses %j with a message", (argv, message) => {
    const parsed = parseWorkbookArguments(argv);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});

describe("writeWorkbookFile", () => {
  const plan = buildWorkbookPlan(buildIndex(dataset), {
    edition: "en",
    tables: ["operatingData"],
    mode: "round",
    highlightMinor: true,
  });
  const dir = mkdtempSync(join(tmpdir(), "iij-xlsx-"));

  it("writes a new file", async () => {
    const path = join(dir, "new.xlsx");
    const written = await writeWorkbookFile(plan, path, false);
    expect(written).toMatchObject({ ok: true });
    expect(readFileSync(path).subarray(0, 2).toString()).toBe("PK");
  });

  it("does not overwrite an existing file without force", async () => {
    const path = join(dir, "existing.xlsx");
    writeFileSync(path, "mine");
    expect(await writeWorkbookFile(plan, path, false)).toEqual({
      ok: false,
      message: `${path} exists; pass --force to overwrite it`,
    });
    expect(readFileSync(path, "utf8")).toBe("mine");
    expect(await writeWorkbookFile(plan, path, true)).toMatchObject({ ok: true });
  });

  it("says why a path cannot be written", async () => {
    const path = join(dir, "missing", "folder", "x.xlsx");
    const written = await writeWorkbookFile(plan, path, false);
    expect(written.ok).toBe(false);
    expect(!written.ok && written.message).toMatch(/^cannot write .*x\.xlsx: ENOENT/);
    expect(existsSync(path)).toBe(false);
  });
});
