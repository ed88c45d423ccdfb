/** @jest-environment jsdom */
import { webDarkTheme } from "@fluentui/react-components";
import { act, screen, waitFor } from "@testing-library/react";
import { bootstrap } from "../../src/taskpane/bootstrap";
import { fakeRunner } from "../excel/support/FakeContext";
import { emptyWorkbook } from "../excel/support/fakeState";

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

describe("bootstrap inside Excel", () => {
  /** Office answering Excel when the test says so, reporting theme changes to `handlers`. */
  function office(background: string) {
    let ready: (info: { host: string; platform: string }) => void = () => undefined;
    const onReady = new Promise<{ host: string; platform: string }>((r) => (ready = r));
    const handlers: Array<(args: { officeTheme: { bodyBackgroundColor: string } }) => void> = [];
    const fake = {
      onReady: () => onReady,
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
      context: {
        displayLanguage: "en-US",
        officeTheme: { bodyBackgroundColor: background },
        requirements: { isSetSupported: () => true },
        document: {
          addHandlerAsync: (_event: string, handler: (typeof handlers)[number]) =>
            void handlers.push(handler),
        },
      },
    } as unknown as typeof Office;
    return { fake, ready: () => ready({ host: "Excel", platform: "PC" }), handlers };
  }

  const excel = { run: fakeRunner(emptyWorkbook()).run };

  /** Every CSS rule on the page: Fluent puts each theme's colours in a rule of its own. */
  const css = (): string =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
      .join("\n");

  it("switches from the preview to Excel when Office reports Excel after the pane showed", async () => {
    document.body.innerHTML = "";
    const element = document.body.appendChild(document.createElement("div"));
    const late = office("#FFFFFF");
    await act(async () => {
      await bootstrap(element, { Office: late.fake, Excel: excel });
    });
    expect(await screen.findByText(/Preview: no Office host/)).toBeTruthy();
    await act(async () => late.ready());
    await waitFor(() => expect(screen.queryByText(/Preview: no Office host/)).toBeNull());
    expect(screen.getByRole("tab", { name: "Load" })).toBeTruthy();
  });

  it("follows Office's theme when Office reports that it changed", async () => {
    document.body.innerHTML = "";
    const element = document.body.appendChild(document.createElement("div"));
    const host = office("#FFFFFF");
    host.ready();
    await act(async () => {
      await bootstrap(element, {
        Office: host.fake,
        Excel: excel,
        location: { search: "?_host_Info=Excel$Win32$16.01$en-US" },
      });
    });
    await screen.findByRole("tab", { name: "Load" });
    const dark = `--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1};`;
    expect(css()).not.toContain(dark);
    expect(host.handlers).toHaveLength(1);
    await act(async () => host.handlers[0]({ officeTheme: { bodyBackgroundColor: "#1F1F1F" } }));
    await waitFor(() => expect(css()).toContain(dark));
  }, 30_000);
});
