/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { bootstrap } from "../../src/taskpane/bootstrap";

describe("bootstrap", () => {
  it("renders the preview into the element when there is no Office host", async () => {
    const element = document.body.appendChild(document.createElement("div"));
    await act(async () => {
      await bootstrap(element, { navigator: { language: "en-US" } });
    });
    expect(await screen.findByText(/Preview: no Office host/)).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Load" })).toBeTruthy();
  });

  it("starts in Japanese when the browser's language is Japanese", async () => {
    document.body.innerHTML = "";
    const element = document.body.appendChild(document.createElement("div"));
    await act(async () => {
      await bootstrap(element, { navigator: { language: "ja-JP" } });
    });
    expect(await screen.findByRole("tab", { name: "読み込み" })).toBeTruthy();
  });
});
