import { watchOfficeTheme, type ThemeOffice } from "../../../src/taskpane/host/watchOfficeTheme";

type Handler = (args: { officeTheme?: { bodyBackgroundColor?: string } }) => void;

describe("watchOfficeTheme", () => {
  it("reports light or dark each time Office says its theme changed", () => {
    let handler: Handler = () => undefined;
    const office: ThemeOffice = {
      EventType: { OfficeThemeChanged: "officeThemeChanged" as unknown as Office.EventType },
      context: { document: { addHandlerAsync: (_e, h) => void (handler = h) } },
    };
    const seen: string[] = [];
    watchOfficeTheme(office, (theme) => seen.push(theme));
    handler({ officeTheme: { bodyBackgroundColor: "#1F1F1F" } });
    handler({ officeTheme: { bodyBackgroundColor: "#FFFFFF" } });
    expect(seen).toEqual(["dark", "light"]);
  });

  it("keeps the start theme, without failing, where the host does not report changes", () => {
    const seen: string[] = [];
    watchOfficeTheme({ context: {} }, (theme) => seen.push(theme));
    const throwing: ThemeOffice = {
      EventType: { OfficeThemeChanged: "officeThemeChanged" as unknown as Office.EventType },
      context: {
        document: {
          addHandlerAsync: () => {
            throw new Error("Event not supported.");
          },
        },
      },
    };
    expect(() => watchOfficeTheme(throwing, (theme) => seen.push(theme))).not.toThrow();
    expect(seen).toEqual([]);
  });
});
