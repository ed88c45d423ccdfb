import { buildIndex } from "../../src/core/model/buildIndex";
import { dataset } from "../../src/data";
import { createWorkbookActions } from "../../src/excel/createWorkbookActions";
import { releaseDeps } from "../../src/excel/releaseDeps";
import type { CellAddress } from "../../src/excel/WorkbookActions";
import { loadedWorkbook } from "./support/loadedWorkbook";
import { insertRows } from "./support/userEdits";

const index = buildIndex(dataset);
const options = { edition: "both", mode: "round", highlightMinor: true } as const;

describe("figureAt", () => {
  it("maps every placed figure's cell back to the figure, with its value", async () => {
    const { runner, plan } = await loadedWorkbook({ ...options, tables: ["balanceSheet"] });
    const actions = createWorkbookActions(releaseDeps(index, runner.run, () => true));
    const sample = plan.placements.filter((_, i) => i % 37 === 0);
    expect(sample.length).toBeGreaterThan(5);
    for (const p of sample) {
      const found = await actions.figureAt({ sheet: p.sheet, address: `$${p.address}` });
      expect(found).toMatchObject({ edition: p.edition, where: p.ref, address: p.address });
      expect(found?.current).not.toBeNull();
    }
  });

  it("follows a figure that a row inserted above moved", async () => {
    const { state, runner, plan } = await loadedWorkbook({ ...options, tables: ["balanceSheet"] });
    const actions = createWorkbookActions(releaseDeps(index, runner.run, () => true));
    const cash = plan.placements.find(
      (p) => p.edition === "en" && p.ref.item === "assets.cash" && p.ref.column.startsWith("jpy")
    )!;
    insertRows(state, cash.sheet, 2);
    const moved = `${cash.address.replace(/\d+/, "")}${cash.row + 2}`;
    const before = await actions.figureAt({ sheet: cash.sheet, address: cash.address });
    expect(before?.where).not.toEqual(cash.ref);
    expect(await actions.figureAt({ sheet: cash.sheet, address: moved })).toMatchObject({
      where: cash.ref,
      edition: "en",
    });
  });

  it("answers null for a label, a user's sheet and an empty workbook's cell", async () => {
    const { runner, plan } = await loadedWorkbook({ ...options, tables: ["balanceSheet"] });
    const actions = createWorkbookActions(releaseDeps(index, runner.run, () => true));
    expect(await actions.figureAt({ sheet: plan.placements[0].sheet, address: "A1" })).toBeNull();
    expect(await actions.figureAt({ sheet: "Mine", address: "B1" })).toBeNull();
  });
});

describe("watchSelection", () => {
  it("reports each selection through Office's event, until stopped", async () => {
    const { runner, plan } = await loadedWorkbook({ ...options, tables: ["balanceSheet"] });
    const actions = createWorkbookActions(releaseDeps(index, runner.run, () => true));
    const seen: CellAddress[] = [];
    let notify = (): void => undefined;
    const stop = await actions.watchSelection((cell) => {
      seen.push(cell);
      notify();
    });
    const p = plan.placements[3];
    const arrived = new Promise<void>((resolve) => (notify = resolve));
    await runner.run(async (context) => {
      context.workbook.worksheets.getItem(p.sheet).getRange(p.address).select();
      await context.sync();
    });
    await arrived;
    expect(seen).toEqual([{ sheet: p.sheet, address: p.address }]);
    await stop();
    await runner.run(async (context) => {
      context.workbook.worksheets.getItem(p.sheet).getRange("A1").select();
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(1);
  });
});
