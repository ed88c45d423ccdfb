/** @jest-environment jsdom */
// First: the adapter estimates sizes with TextEncoder, which jsdom lacks.
import "../support/nodeTextEncoder";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createSelectionActions } from "../../../src/excel/createSelectionActions";
import { App } from "../../../src/taskpane/components/App/App";
import type { TaskpaneHost } from "../../../src/taskpane/host/TaskpaneHost";
import { fakeRunner } from "../../excel/support/FakeContext";
import { emptyWorkbook, type WorkbookState } from "../../excel/support/fakeState";
import { type SheetCell, addStatementSheet, statementCells } from "../../excel/selectionStatement";
import { fakeActions, testHost } from "../support/taskpaneFixture";

// The lazy views make a render slow on a loaded machine.
jest.setTimeout(30_000);

const LABEL = '=HYPERLINK("https://example.com","Total")';

/** A user's sheet "My table" holding a statement from A1, with D4's share two points too high. */
function workbook(edit: (cells: SheetCell[][]) => void = () => undefined): WorkbookState {
  const state = emptyWorkbook();
  const cells = statementCells(20, 2);
  cells[3][3] = { ...cells[3][3], value: Number(cells[3][3].value) + 0.02 };
  edit(cells);
  const sheet = addStatementSheet(state, "My table", cells);
  sheet.conditionalFormats.push({
    id: 999,
    address: "B2:B9",
    type: "Custom",
    formula: "=B2<0",
    fill: "#FFC7CE",
    font: "#9C0006",
  });
  state.selection = { sheet: "My table", address: "A1:J40" };
  return state;
}

function excelHost(
  state: WorkbookState,
  displayLanguage = "en",
  requirements: (version: string) => boolean = () => true
): TaskpaneHost {
  const host = testHost("excel", { actions: fakeActions(), displayLanguage });
  const actions = createSelectionActions({ run: fakeRunner(state).run, requirements });
  return { ...host, services: { ...host.services, selectionActions: async () => actions } };
}

async function checkSelection(
  state: WorkbookState,
  requirements: (version: string) => boolean = () => true
) {
  const user = userEvent.setup();
  render(<App host={excelHost(state, "en", requirements)} initialView="check" />);
  await user.click(await screen.findByRole("button", { name: "Check the selection" }));
  const section = await screen.findByRole("region", { name: "Check the selection" });
  return { user, section };
}

describe("SelectionCheck", () => {
  it("lists the relations, the findings with their explanation and goes to a finding's cell", async () => {
    const state = workbook();
    const { user, section } = await checkSelection(state);
    expect(within(section).getByRole("status").textContent).toMatch(
      /^My table!A1:H21: 1 table\(s\), \d+ relation\(s\) understood, 1 finding\(s\)/
    );
    const relations = within(section).getByRole("region", { name: /^Understood/ });
    expect(
      within(relations).getByText(
        /^column D: % of row 11 \(R10\) of column C for rows 2–11; % of row 21 \(R20\)/
      )
    ).toBeTruthy();
    const findings = within(section).getByRole("region", { name: "Findings (1)" });
    expect(within(findings).getByText(/^D4 prints 7\.9%\. C4 ÷ C\$11/)).toBeTruthy();
    await user.click(within(findings).getByRole("button", { name: "Go to D4" }));
    expect(state.selection).toEqual({ sheet: "My table", address: "D4" });
  });

  it("writes nothing until Highlight; Clear then removes exactly its rules", async () => {
    const state = workbook();
    const sheet = state.sheets[0];
    const values = JSON.stringify(sheet.cells);
    const user = userEvent.setup();
    render(<App host={excelHost(state)} initialView="check" />);
    const highlight = await screen.findByRole("button", { name: "Highlight in this sheet" });
    expect(highlight.getAttribute("aria-disabled")).toBe("true");
    await user.click(screen.getByRole("button", { name: "Check the selection" }));
    await screen.findByRole("region", { name: /^Understood/ });
    expect(sheet.conditionalFormats).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Highlight in this sheet" }));
    const written = sheet.conditionalFormats.length - 1;
    expect(written).toBeGreaterThan(0);
    expect(
      await screen.findByText(`${written} highlight rule(s) written on My table`, { exact: false })
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Clear selection highlights" }));
    expect(
      await screen.findByText(`${written} selection highlight rule(s) removed`, { exact: false })
    ).toBeTruthy();
    expect(sheet.conditionalFormats.map((c) => c.id)).toEqual([999]);
    expect(JSON.stringify(sheet.cells)).toBe(values);
  });

  it("drops its notice of written highlights once the Check view's Clear removed them", async () => {
    const state = workbook();
    const { user } = await checkSelection(state);
    await user.click(screen.getByRole("button", { name: "Highlight in this sheet" }));
    const notice = /highlight rule\(s\) written on My table/;
    expect(await screen.findByText(notice)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Clear highlights" }));
    // The Check view's own notice says what it removed; the selection's says nothing stale.
    expect(await screen.findByText(/highlight\(s\) and note\(s\) removed/)).toBeTruthy();
    expect(screen.queryByText(notice)).toBeNull();
  });

  it("refuses to highlight a selection that would take too many rules, and writes nothing", async () => {
    const state = emptyWorkbook();
    const sheet = addStatementSheet(state, "My table", statementCells(400, 6, 8));
    state.selection = { sheet: "My table", address: "A1:Z500" };
    const values = JSON.stringify(sheet.cells);
    // Without ExcelApi 1.9 (getRanges) every area is its own rule: about a thousand.
    const { user } = await checkSelection(state, (version) => version !== "1.9");
    await user.click(screen.getByRole("button", { name: "Highlight in this sheet" }));
    expect(
      await screen.findByText(
        /^Highlighting this selection would take [\d,]+ conditional-format rules; at most 500/
      )
    ).toBeTruthy();
    expect(sheet.conditionalFormats).toEqual([]);
    expect(JSON.stringify(sheet.cells)).toBe(values);
  });

  it("shows a formula-like label as text, and an unreadable cell as not checkable", async () => {
    const state = workbook((cells) => {
      cells[3][0] = { value: LABEL, text: LABEL, format: "@" };
      cells[6][2] = { value: "n/a", text: "n/a", format: "General" };
    });
    const { section } = await checkSelection(state);
    const findings = within(section).getByRole("region", { name: "Findings (1)" });
    expect(within(findings).getByText(`D4 · ${LABEL} · P0 % of total`)).toBeTruthy();
    expect(findings.querySelector("a")).toBeNull();
    const notCheckable = within(section).getByRole("region", { name: /^Not checkable/ });
    expect(notCheckable.textContent).toMatch(/D7: 'n\/a' in C7 is not a figure/);
  });

  it("words the relations, parts not understood, cells not checkable and findings in Japanese", async () => {
    const state = workbook((cells) => {
      // Japanese headers and labels, as a Japanese statement has them.
      const headers = ["番号", "科目", "当期 金額", "当期 構成比", "前期 金額", "前期 構成比"];
      headers.push("増減率 %", "備考");
      cells[0] = cells[0].map((c, i) => ({ ...c, value: headers[i], text: headers[i] }));
      cells.forEach((row, r) => {
        if (r > 0) {
          const label = String(row[1].value).replace("Item", "項目").replace("Total", "計");
          row[1] = { ...row[1], value: label, text: label };
          row[7] = { ...row[7], value: "", text: "" };
          // The change column made of figures no hypothesis explains.
          const odd = ((r * 37) % 23) / 100;
          row[6] = { value: odd, text: `${(odd * 100).toFixed(1)}%`, format: "0.0%" };
        }
      });
      // A row labelled a total that adds up to nothing.
      cells[5][0] = { value: "小計", text: "小計", format: "General" };
      cells[5][1] = { value: "小計", text: "小計", format: "General" };
      cells[6][2] = { value: "n/a", text: "n/a", format: "General" };
    });
    const user = userEvent.setup();
    render(<App host={excelHost(state, "ja")} initialView="check" />);
    await user.click(await screen.findByRole("button", { name: "選択範囲をチェック" }));
    const section = await screen.findByRole("region", { name: "選択範囲をチェック" });
    await within(section).findByRole("region", { name: /^推定した関係/ });
    const text = (name: RegExp): string =>
      within(section).getByRole("region", { name }).textContent ?? "";
    const [relations, unread, notCheckable, findings] = [
      /^推定した関係/,
      /^推定できなかった部分/,
      /^チェック不能/,
      /^指摘/,
    ].map(text);
    expect(relations).toMatch(/D 列：C 列の 11 行目（R10） に対する構成比/);
    expect(unread).toMatch(/G 列（増減率 %） は推定できませんでした：最も有力な仮説/);
    expect(unread).toMatch(/6 行目（小計） は推定できませんでした：合計のラベルがありますが/);
    expect(notCheckable).toMatch(/C7 の「n\/a」は数値ではありません/);
    expect(findings).toMatch(/D4 の記載値 7\.9%。C4 ÷ C\$11/);
    // The sheet's own text here is Japanese or a code ("R10", "n/a"): any English word is ours.
    const english =
      /\b(column|columns|row|rows|cells?|consistent|change|from|sum|total|understood|hypothesis|explains|empty|figure|prints|share|of|to|in|is|not|but|labelled|Go)\b/i;
    for (const part of [relations, unread, notCheckable, findings]) {
      expect(part).not.toMatch(english);
    }
  });

  it("asks for one rectangle when several areas are selected", async () => {
    const state = workbook();
    state.selection = { sheet: "My table", address: "A1:B2,D4" };
    await checkSelection(state);
    expect(
      await screen.findByText("Select one rectangle of cells (one area), then check again.")
    ).toBeTruthy();
  });

  it("is not offered in the preview", async () => {
    render(<App host={testHost("preview")} initialView="check" />);
    await screen.findByRole("button", { name: "Run the check" });
    expect(screen.queryByRole("button", { name: "Check the selection" })).toBeNull();
  });
});
