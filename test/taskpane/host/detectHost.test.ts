import { detectHost } from "../../../src/taskpane/host/detectHost";
import { officeHostHinted } from "../../../src/taskpane/host/officeHostHinted";
import { themeOf } from "../../../src/taskpane/host/themeOf";
import { testHost } from "../support/taskpaneFixture";

const services = testHost("preview").services;

function fakeOffice(host: string | null, ready = true): typeof Office {
  return {
    onReady: () =>
      ready ? Promise.resolve({ host, platform: null }) : new Promise(() => undefined),
    context: {
      displayLanguage: "ja-JP",
      officeTheme: { bodyBackgroundColor: "#262626" },
      document: { settings: { get: () => null, set: () => undefined, saveAsync: () => undefined } },
    },
  } as unknown as typeof Office;
}

describe("detectHost", () => {
  it("is a preview without office.js", async () => {
    expect((await detectHost({ navigator: { language: "ja" } }, services)).kind).toBe("preview");
  });

  it("is Excel when Office reports the Excel host, with its language and theme", async () => {
    const host = await detectHost(
      { Office: fakeOffice("Excel"), location: { search: "?_host_Info=Excel$Win32$16.01$ja-JP" } },
      services
    );
    expect([host.kind, host.displayLanguage, host.theme]).toEqual(["excel", "ja-JP", "dark"]);
  });

  it("is a preview when office.js runs outside Office or never gets ready", async () => {
    expect((await detectHost({ Office: fakeOffice(null) }, services)).kind).toBe("preview");
    expect((await detectHost({ Office: fakeOffice("Excel", false) }, services, 10)).kind).toBe(
      "preview"
    );
  });
});

describe("themeOf", () => {
  it("reads dark and light backgrounds", () => {
    expect(themeOf("#1F1F1F")).toBe("dark");
    expect(themeOf("#FFFFFF")).toBe("light");
    expect(themeOf("not a colour")).toBe("light");
    expect(themeOf(undefined)).toBe("light");
  });
});

describe("officeHostHinted", () => {
  it("reads the signs office.js reads", () => {
    expect(officeHostHinted({ location: { search: "?_host_Info=Excel$Win32" } })).toBe(true);
    expect(officeHostHinted({ name: '{"hostInfo":"Excel|Mac"}' })).toBe(true);
    expect(officeHostHinted({ sessionStorage: { getItem: () => "Excel$Web" } })).toBe(true);
    expect(officeHostHinted({ external: { GetHostInfo: () => "" } })).toBe(true);
    const frame = {};
    expect(officeHostHinted({ top: frame, self: {} })).toBe(true);
  });

  it("finds none in a plain top-level page", () => {
    const self = {};
    expect(
      officeHostHinted({
        location: { search: "?x=1" },
        name: "",
        top: self,
        self,
        sessionStorage: { getItem: () => null },
      })
    ).toBe(false);
  });
});
