/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { App } from "../../../src/taskpane/components/App/App";
import { releasePlayground } from "../../../src/taskpane/playground/releasePlayground";
import { FUNCTION_REFERENCE } from "../../../src/taskpane/services/functionReference";
import { fakeActions, smallDataset, testHost } from "../support/taskpaneFixture";

// The first render fetches the App's lazy views; on a loaded machine that exceeds jest's 5 s.
jest.setTimeout(30_000);

const playground = releasePlayground(buildIndex(smallDataset));

async function evaluate(formula: string, displayLanguage = "en-US"): Promise<HTMLElement> {
  const user = userEvent.setup();
  render(
    <App host={testHost("preview", { playground, displayLanguage })} initialView="functions" />
  );
  const ja = displayLanguage.startsWith("ja");
  const input = await screen.findByRole("textbox", { name: ja ? "数式" : "Formula" });
  await user.clear(input);
  await user.paste(formula);
  await user.click(screen.getByRole("button", { name: ja ? "計算" : "Evaluate" }));
  const result = await screen.findByRole("status", { name: ja ? "結果" : "Result" });
  await screen.findByText(/\S/, { selector: "output" });
  return result;
}

describe("FunctionsView", () => {
  it("evaluates a formula in the playground", async () => {
    const result = await evaluate('=IIJ.VALUE("Total revenues", "4Q02")');
    expect(result.textContent).toBe("2500000");
  });

  it("shows the function's own error as Excel's code and its message", async () => {
    const result = await evaluate('=IIJ.VALUE("Total revenues", "Q5")');
    expect(result.textContent).toMatch(/^#VALUE! .*Q5/);
  });

  it("says a cell reference is not supported here", async () => {
    expect((await evaluate('=IIJ.VALUE(A1, "4Q02")')).textContent).toBe(
      "Argument 1 of IIJ.VALUE, A1, is a cell reference: the playground has no cells (in Excel, formulas can refer to cells). Type the value itself: a number, or text in double quotes."
    );
  });

  it("words the formula's problems in Japanese in a Japanese pane", async () => {
    const result = await evaluate('=IIJ.VALUE(Sheet1!B2, "4Q02")', "ja-JP");
    expect(result.textContent).toMatch(/^IIJ\.VALUE の引数 1（Sheet1!B2）はセル参照です。/);
    expect(result.textContent).not.toMatch(/argument|cell reference/i);
  });

  it("reads curly quotes and full-width parentheses, and shows how it read them", async () => {
    const result = await evaluate("=IIJ.VALUE（“Total revenues”，”4Q02”）");
    expect(result.textContent).toBe("2500000");
    expect(screen.getByText('Read as =IIJ.VALUE("Total revenues","4Q02")')).toBeTruthy();
  });

  it("names single quotes and says to use straight double quotes", async () => {
    const result = await evaluate("=IIJ.VALUE(‘Total revenues’, ‘4Q02’)");
    expect(result.textContent).toMatch(/straight double quotes, "Total revenues"/);
  });

  it("spills a table as a grid with headers, row headers and numbers", async () => {
    const formula = '=IIJ.STATEMENT("operations_quarterly", "4Q02")';
    const result = await evaluate(formula);
    const grid = screen.getByRole("table", { name: `Result of ${formula}` });
    const rows = within(grid).getAllByRole("row");
    expect(result.textContent).toBe(`${rows.length} rows × 2 columns`);
    expect(within(grid).getAllByRole("columnheader").length).toBe(2);
    expect(within(grid).getByRole("rowheader", { name: "Total revenues" })).toBeTruthy();
    const total = within(rows.find((r) => r.textContent?.startsWith("Total revenues"))!).getByRole(
      "cell"
    );
    expect(total.textContent).toBe("2500000");
    // The grid scrolls sideways in its own region, which a keyboard can reach.
    const region = screen.getByRole("region", { name: `Result of ${formula}` });
    expect(region.tabIndex).toBe(0);
    expect(result.textContent).not.toMatch(/\t/);
  });

  it("spills a list without a header row when its first row is data", async () => {
    const formula = '=IIJ.ITEMS("operations_quarterly")';
    await evaluate(formula);
    const grid = screen.getByRole("table", { name: `Result of ${formula}` });
    expect(within(grid).queryAllByRole("columnheader")).toEqual([]);
    expect(within(grid).getAllByRole("row").length).toBeGreaterThan(1);
  });

  it("suggests a Japanese label as a label, never an internal id, and completes the formula", async () => {
    const user = userEvent.setup();
    render(
      <App
        host={testHost("preview", { playground, displayLanguage: "ja-JP" })}
        initialView="functions"
      />
    );
    const input = await screen.findByRole("textbox", { name: "数式" });
    await user.clear(input);
    await user.type(input, '=IIJ.VALUE("売上');
    const group = await screen.findByRole("group", { name: "項目名の候補" });
    const names = within(group)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(names).toContain("売上高合計");
    expect(names.join(" ")).not.toMatch(/revenues\./);
    await user.click(within(group).getByRole("button", { name: "売上高合計" }));
    expect((input as HTMLInputElement).value).toBe('=IIJ.VALUE("売上高合計"');
    expect(document.activeElement).toBe(input);
  });

  it("suggests nothing outside an item argument", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { playground })} initialView="functions" />);
    const input = await screen.findByRole("textbox", { name: "Formula" });
    await user.clear(input);
    await user.paste('=IIJ.VALUE("Total revenues", "Tot');
    await screen.findByDisplayValue('=IIJ.VALUE("Total revenues", "Tot');
    expect(screen.queryByRole("group", { name: "Item names" })).toBeNull();
  });

  it("in the preview, puts an example into the playground, focused, and evaluates it", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { playground })} initialView="functions" />);
    const tries = await screen.findAllByRole("button", { name: /^Try IIJ\.\w+ example$/ });
    expect(tries.length).toBe(FUNCTION_REFERENCE.length);
    expect(tries.every((b) => b.getAttribute("aria-disabled") !== "true")).toBe(true);
    expect(screen.queryByRole("button", { name: /^Insert / })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Try IIJ.FXRATE example" }));
    const input = screen.getByRole("textbox", { name: "Formula" });
    expect((input as HTMLInputElement).value).toBe("=IIJ.FXRATE()");
    expect(document.activeElement).toBe(input);
    expect((await screen.findByRole("status", { name: "Result" })).textContent).toBe(
      String(smallDataset.fxRate.jpyPerUsd)
    );
  });

  it("inserts the example into the selected cell in Excel", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    render(<App host={testHost("excel", { actions, playground })} initialView="functions" />);
    await user.click(await screen.findByRole("button", { name: "Insert IIJ.CROSSSELL example" }));
    expect(actions.insertFormula).toHaveBeenCalledWith('=IIJ.CROSSSELL("Data Center", 2002)');
    expect(await screen.findByText(/Inserted =IIJ\.CROSSSELL/)).toBeTruthy();
    expect((screen.getByRole("textbox", { name: "Formula" }) as HTMLInputElement).value).toBe(
      '=IIJ.EBITDA("4Q02")'
    );
  });

  it("says what to do when inserting fails", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    actions.insertFormula.mockRejectedValue(new Error("The cell is locked."));
    render(<App host={testHost("excel", { actions, playground })} initialView="functions" />);
    await user.click(await screen.findByRole("button", { name: "Insert IIJ.FXRATE example" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /The cell is locked\. Select a single cell/
    );
  });
});
