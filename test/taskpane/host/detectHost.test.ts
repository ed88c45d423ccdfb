import { detectHost } from "../../../src/taskpane/host/detectHost";
import { officeHostHinted } from "../../../src/taskpane/host/officeHostHinted";
import { themeOf } from "../../../src/taskpane/host/themeOf";
import { fakeRunner } from "../../excel/support/FakeContext";
import { emptyWorkbook } from "../../excel/support/fakeState";
import { testHost } from "../support/taskpaneFixture";

const services = testHost("preview").services;
const HINT = { search: "?_host_Info=Excel$Win32$16.01$ja-JP" };

/** Office whose onReady answers `host` now, or when the test calls `ready`. */
function fakeOffice(
  host: string | null,
  now = true
): {
  office: typeof Office;
  ready: () => void;
  calls: () => number;
} {
  let resolve: (info: { host: string | null; platform: null }) => void = () => undefined;
  const later = new Promise<{ host: string | null; platform: null }>((r) => (resolve = r));
  let calls = 0;
  const office = {
    onReady: () => {
      calls += 1;
      return now ? Promise.resolve({ host, platform: null }) : later;
    },
    context: {
      displayLanguage: "ja-JP",
      officeTheme: { bodyBackgroundColor: "#262626" },
    },
  } as unknown as typeof Office;
  return { office, ready: () => resolve({ host, platform: null }), calls: () => calls };
}

const excel = { run: fakeRunner(emptyWorkbook()).run };

describe("detectHost", () => {
  it("is a preview without office.js", async () => {
    const { host } = await detectHost({ navigator: { language: "ja" } }, services);
    expect(host.kind).toBe("preview");
  });

  it("gives the preview the browser's colour scheme", async () => {
    const scheme = (dark: boolean) => (query: string) => ({
      matches: dark && query === "(prefers-color-scheme: dark)",
    });
    const dark = await detectHost({ matchMedia: scheme(true) }, services);
    const light = await detectHost({ matchMedia: scheme(false) }, services);
    const unknown = await detectHost({}, services);
    expect([dark.host.theme, light.host.theme, unknown.host.theme]).toEqual([
      "dark",
      "light",
      "light",
    ]);
  });

  it("is Excel when Office reports the Excel host, with its language and theme", async () => {
    const { host } = await detectHost(
      { Office: fakeOffice("Excel").office, Excel: excel, location: HINT },
      services
    );
    expect([host.kind, host.displayLanguage, host.theme]).toEqual(["excel", "ja-JP", "dark"]);
  });

  it("is a preview when office.js runs outside Office or never gets ready", async () => {
    const outside = await detectHost({ Office: fakeOffice(null).office, Excel: excel }, services);
    expect(outside.host.kind).toBe("preview");
    expect(await outside.excelLater).toBeNull();
    const never = fakeOffice("Excel", false);
    const slow = await detectHost(
      { Office: never.office, Excel: excel, location: HINT },
      services,
      10
    );
    expect(slow.host.kind).toBe("preview");
  });

  it("keeps listening after the timeout and gives the Excel host when Office is ready", async () => {
    const late = fakeOffice("Excel", false);
    const { host, excelLater } = await detectHost(
      { Office: late.office, Excel: excel, location: HINT },
      services,
      10
    );
    expect(host.kind).toBe("preview");
    late.ready();
    expect((await excelLater)?.kind).toBe("excel");
  });

  it("asks Office.onReady even on a page without the signs of an Office host", async () => {
    const office = fakeOffice("Excel");
    const { host, excelLater } = await detectHost(
      { Office: office.office, Excel: excel },
      services
    );
    expect(office.calls()).toBe(1);
    expect(host.kind).toBe("preview");
    expect((await excelLater)?.kind).toBe("excel");
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
