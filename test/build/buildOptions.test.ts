import { existsSync, readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import {
  DEFAULT_PRODUCTION_URL,
  OFFICE_JS_CDN,
  OFFICE_JS_LOCAL,
  officeJsMode,
  officeJsSource,
  offlineOfficeJs,
  OFFICE_TELEMETRY_URL,
  productionManifest,
  productionUrl,
} from "../../scripts/buildOptions";
import { validateManifest } from "../../src/cli/manifest/validateManifest";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const readAsset = (relativePath: string): Uint8Array | null => {
  const file = join(root, relativePath);
  return existsSync(file) ? readFileSync(file) : null;
};

describe("productionManifest", () => {
  it("leaves no localhost URL in the production manifest", () => {
    const production = productionManifest(manifest, DEFAULT_PRODUCTION_URL);
    expect(manifest).toContain("https://localhost:3000/");
    expect(production).not.toContain("localhost");
  });

  it("replaces every occurrence, not only the first", () => {
    const occurrences = manifest.split("https://localhost:3000/").length - 1;
    const production = productionManifest(manifest, "https://addin.example.org/");
    expect(occurrences).toBeGreaterThan(5);
    expect(production.split("https://addin.example.org/").length - 1).toBe(occurrences);
  });

  it("writes the production origin into <AppDomain>", () => {
    const production = productionManifest(manifest, "https://addin.example.org/iij/");
    expect(production).toContain("<AppDomain>https://addin.example.org</AppDomain>");
  });

  it("keeps the manifest valid", () => {
    expect(
      validateManifest(productionManifest(manifest, DEFAULT_PRODUCTION_URL), readAsset)
    ).toEqual([]);
  });

  it("leaves no localhost whatever the production host", () => {
    fc.assert(
      fc.property(fc.domain(), (host) => {
        expect(productionManifest(manifest, `https://${host}/`)).not.toContain("localhost:3000");
      })
    );
  });
});

describe("productionUrl", () => {
  it("defaults to the example deployment", () => {
    expect(productionUrl({})).toBe("https://iij-statements.example.com/");
  });

  it("takes ADDIN_PRODUCTION_URL and ends it with a slash", () => {
    expect(productionUrl({ ADDIN_PRODUCTION_URL: "https://cdn.example.net/iij" })).toBe(
      "https://cdn.example.net/iij/"
    );
  });

  it("refuses a URL that is not https", () => {
    expect(() => productionUrl({ ADDIN_PRODUCTION_URL: "http://cdn.example.net/" })).toThrow(
      /must be an https URL/
    );
  });
});

describe("officeJsMode", () => {
  it("serves the local copy in development and the CDN in production by default", () => {
    expect(officeJsMode({}, "development")).toBe("local");
    expect(officeJsMode({}, "production")).toBe("cdn");
  });

  it("follows OFFICE_JS when it is set", () => {
    expect(officeJsMode({ OFFICE_JS: "local" }, "production")).toBe("local");
    expect(officeJsMode({ OFFICE_JS: "cdn" }, "development")).toBe("cdn");
  });

  it("refuses an unknown OFFICE_JS", () => {
    expect(() => officeJsMode({ OFFICE_JS: "bundle" }, "production")).toThrow(/OFFICE_JS/);
  });

  it("points the script at Microsoft's CDN or at the local copy", () => {
    expect(officeJsSource("cdn")).toBe(OFFICE_JS_CDN);
    expect(OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(officeJsSource("local")).toBe(OFFICE_JS_LOCAL);
    expect(existsSync(join(root, "node_modules/@microsoft/office-js/dist/office.js"))).toBe(true);
  });
});

describe("offlineOfficeJs", () => {
  it("points office.js's telemetry frame at about:blank in the local copy", () => {
    const file = join(root, "node_modules/@microsoft/office-js/dist/o15apptofilemappingtable.js");
    const original = readFileSync(file, "utf8");
    expect(original).toContain(OFFICE_TELEMETRY_URL);
    const offline = offlineOfficeJs(original);
    expect(offline).not.toContain("oaspapps.com");
    expect(offline.length).toBeLessThan(original.length);
  });
});
