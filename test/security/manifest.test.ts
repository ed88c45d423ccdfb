import { readFileSync } from "fs";
import { join } from "path";
import { productionManifest } from "../../scripts/buildOptions";
import { manifestScope } from "./manifestScope";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

describe("the manifest's reach", () => {
  const development = manifestScope(manifest);
  const production = manifestScope(productionManifest(manifest, "https://addin.example.org/"));

  it("asks for ReadWriteDocument only: enough to add sheets, nothing beyond the document", () => {
    expect(development.permission).toBe("ReadWriteDocument");
    expect(production.permission).toBe("ReadWriteDocument");
  });

  it("names no app domain but the add-in's own origin", () => {
    expect(development.appDomains).toEqual([development.home]);
    expect(production.appDomains).toEqual(["https://addin.example.org"]);
    expect(production.home).toBe("https://addin.example.org");
  });

  it("loads every page, script, icon and metadata file from the add-in's own origin", () => {
    expect(development.urlOrigins).toEqual([development.home]);
    expect(production.urlOrigins).toEqual([production.home]);
  });

  it("would notice a second app domain or a third-party URL", () => {
    const widened = manifestScope(
      manifest.replace(
        "</AppDomains>",
        "  <AppDomain>https://cdn.example.net</AppDomain>\n  </AppDomains>"
      )
    );
    expect(widened.appDomains).toContain("https://cdn.example.net");
    expect(widened.urlOrigins).toContain("https://cdn.example.net");
  });
});
