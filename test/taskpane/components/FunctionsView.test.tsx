/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/components/App/App";
import type { Playground } from "../../../src/taskpane/services/Playground";
import { fakeActions, testHost } from "../support/taskpaneFixture";

const playground: Playground = {
  evaluate: (formula) =>
    formula.includes("EBITDA")
      ? { ok: true, display: "459", rows: [["459"]] }
      : { ok: false, message: "#VALUE! Unknown period 'Q5'." },
};

describe("FunctionsView", () => {
  it("evaluates a formula in the playground", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { playground })} initialView="functions" />);
    const input = await screen.findByRole("textbox", { name: "Formula" });
    await user.clear(input);
    await user.type(input, '=IIJ.EBITDA("4Q02"){Enter}');
    expect((await screen.findByRole("status", { name: "Result" })).textContent).toBe("459");
  });

  it("shows the function's error message in the playground", async () => {
    const user = userEvent.setup();
    render(<App host={testHost("preview", { playground })} initialView="functions" />);
    const input = await screen.findByRole("textbox", { name: "Formula" });
    await user.clear(input);
    await user.type(input, '=IIJ.VALUE("x","Q5")');
    await user.click(screen.getByRole("button", { name: "Evaluate" }));
    expect((await screen.findByRole("status", { name: "Result" })).textContent).toMatch(
      /Unknown period 'Q5'/
    );
  });

  it("lists every function with an example, Insert disabled in preview", async () => {
    render(<App host={testHost("preview", { playground })} initialView="functions" />);
    const insert = await screen.findByRole("button", { name: "Insert IIJ.EBITDA example" });
    expect(insert.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getAllByRole("button", { name: /^Insert IIJ\./ }).length).toBeGreaterThanOrEqual(
      10
    );
    expect(screen.getByText('Example: =IIJ.EBITDA("4Q02")')).toBeTruthy();
  });

  it("inserts the example into the selected cell in Excel", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    render(<App host={testHost("excel", { actions, playground })} initialView="functions" />);
    await user.click(await screen.findByRole("button", { name: "Insert IIJ.CROSSSELL example" }));
    expect(actions.insertFormula).toHaveBeenCalledWith('=IIJ.CROSSSELL("Data Center", 2002)');
    expect(await screen.findByText(/Inserted =IIJ\.CROSSSELL/)).toBeTruthy();
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
