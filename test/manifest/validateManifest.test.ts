import { existsSync, readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { validateManifest } from "../../src/cli/manifest/validateManifest";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const readAsset = (relativePath: string): Uint8Array | null => {
  const file = join(root, relativePath);
  return existsSync(file) ? readFileSync(file) : null;
};

/** Replaces exactly one occurrence of `from`, so a test cannot pass by editing nothing. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const count =
    typeof from === "string"
      ? xml.split(from).length - 1
      : (xml.match(new RegExp(from, "g")) ?? []).length;
  if (count !== 1) throw new Error(`expected one occurrence of ${String(from)}, found ${count}`);
  return xml.replace(from, to);
}

describe("validateManifest", () => {
  it("finds no problem in the project's manifest.xml", () => {
    expect(validateManifest(manifest, readAsset)).toEqual([]);
  });

  it("reports XML that is not well-formed", () => {
    const broken = edit(manifest, "</Permissions>", "</Permission>");
    const problems = validateManifest(broken, readAsset);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^manifest is not well-formed XML: line \d+: /);
  });

  describe("the functions' Japanese metadata", () => {
    const METADATA = JSON.stringify({
      functions: [{ id: "FXRATE", name: "FXRATE", description: "Rate", parameters: [] }],
    });
    const JA = JSON.stringify({
      functions: [{ id: "FXRATE", name: "FXRATE", description: "レート", parameters: [] }],
    });
    /** The add-in's folder as built: functions.json, and functions.ja.json when given. */
    const built =
      (ja: string | null) =>
      (relativePath: string): Uint8Array | null =>
        relativePath === "functions.json"
          ? new TextEncoder().encode(METADATA)
          : relativePath === "functions.ja.json"
            ? ja === null
              ? null
              : new TextEncoder().encode(ja)
            : readAsset(relativePath);

    it("accepts a built folder whose functions.ja.json registers what functions.json does", () => {
      expect(validateManifest(manifest, built(JA))).toEqual([]);
    });

    it("reports a metadata URL without a ja-JP Override", () => {
      const broken = edit(
        manifest,
        /\s*<bt:Override Locale="ja-JP" Value="[^"]*functions.ja.json" \/>/,
        ""
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        '<bt:Url id="Functions.Metadata.Url"> has no Override for ja-JP: Excel in ja-JP shows English help',
      ]);
    });

    it("reports a built folder without the file the Override names", () => {
      expect(validateManifest(manifest, built(null))).toEqual([
        "functions.ja.json: missing beside functions.json (the ja-JP Override points at it)",
      ]);
    });

    it("reports a functions.ja.json that names a function otherwise", () => {
      expect(
        validateManifest(manifest, built(JA.replace('"name":"FXRATE"', '"name":"RATE"')))
      ).toEqual([
        "functions.ja.json: function 1 (FXRATE) differs from functions.json beyond its description and help URL",
      ]);
    });
  });

  describe("resource ids", () => {
    it("reports a resid that names no resource", () => {
      const broken = edit(
        manifest,
        '<Label resid="Group.Label" />',
        '<Label resid="Group.Missing" />'
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        'resid "Group.Missing" on <Label> does not resolve to a bt:String in <Resources>',
      ]);
    });

    it("reports a resid that names a resource of the wrong kind", () => {
      const broken = edit(
        manifest,
        '<Label resid="Group.Label" />',
        '<Label resid="Taskpane.Url" />'
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        'resid "Taskpane.Url" on <Label> does not resolve to a bt:String in <Resources>',
      ]);
    });

    it("reports an icon use whose image resource is missing", () => {
      const broken = edit(
        manifest,
        '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png" />',
        ""
      );
      const problems = validateManifest(broken, readAsset);
      expect(problems).toContain(
        'resid "Icon.80x80" on <bt:Image> does not resolve to a bt:Image in <Resources>'
      );
    });

    it("reports a resource id declared twice", () => {
      const broken = edit(
        manifest,
        '<bt:Url id="Functions.Script.Url"',
        '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/other.html" /><bt:Url id="Functions.Script.Url"'
      );
      expect(validateManifest(broken, readAsset)).toContain(
        'resource id "Taskpane.Url" is declared more than once'
      );
    });
  });

  describe("schema order", () => {
    it("reports <OfficeApp> children out of the schema's sequence", () => {
      const withoutPermissions = edit(manifest, "<Permissions>ReadWriteDocument</Permissions>", "");
      const broken = edit(
        withoutPermissions,
        "<Requirements>\n    <Sets",
        "<Permissions>ReadWriteDocument</Permissions>\n  <Requirements>\n    <Sets"
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        "<OfficeApp>: <Requirements> must come before <Permissions> (schema order)",
        "<OfficeApp>: <DefaultSettings> must come before <Permissions> (schema order)",
      ]);
    });

    it("reports <Version> written before <Id>", () => {
      const broken = edit(manifest, /(<Id>[^<]*<\/Id>)(\s*)(<Version>[^<]*<\/Version>)/, "$3$2$1");
      expect(validateManifest(broken, readAsset)).toEqual([
        "<OfficeApp>: <Id> must come before <Version> (schema order)",
      ]);
    });

    it("reports a missing required element and an element the schema does not know", () => {
      const broken = edit(
        manifest,
        /<ProviderName>[^<]*<\/ProviderName>/,
        "<Provider>x</Provider>"
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        "<OfficeApp>: <Provider> is not an element of the OfficeApp schema",
        "<OfficeApp>: missing required <ProviderName>",
      ]);
    });

    it("reports <Runtimes> after <AllFormFactors> inside a <Host>", () => {
      const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/;
      const block = manifest.match(runtimes)?.[0] ?? "";
      const broken = edit(
        edit(manifest, runtimes, ""),
        "</AllFormFactors>",
        `</AllFormFactors>${block}`
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        "<VersionOverrides> <Host>: <Runtimes> must come before <AllFormFactors> (schema order)",
      ]);
    });
  });

  describe("shared runtime", () => {
    it("reports a custom functions page that is not the runtime's page", () => {
      const broken = edit(
        manifest,
        /(<Page>\s*<SourceLocation resid=")Taskpane.Url/,
        "$1Functions.Script.Url"
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        'custom functions <Page> <SourceLocation> resid "Functions.Script.Url" differs from the <Runtime> resid "Taskpane.Url"',
      ]);
    });

    it("reports a task pane button that opens another page than the runtime's", () => {
      const broken = edit(
        manifest,
        /(<\/TaskpaneId>\s*<SourceLocation resid=")Taskpane.Url/,
        "$1GetStarted.LearnMoreUrl"
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        'ShowTaskpane <SourceLocation> resid "GetStarted.LearnMoreUrl" differs from the <Runtime> resid "Taskpane.Url"',
      ]);
    });

    it("reports a function file that is not the runtime's page", () => {
      const broken = edit(
        manifest,
        '<FunctionFile resid="Taskpane.Url" />',
        '<FunctionFile resid="Functions.Script.Url" />'
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        '<FunctionFile> resid "Functions.Script.Url" differs from the <Runtime> resid "Taskpane.Url"',
      ]);
    });

    it("reports a runtime that does not live long", () => {
      const broken = edit(manifest, 'lifetime="long"', 'lifetime="short"');
      expect(validateManifest(broken, readAsset)).toEqual([
        '<Runtime resid="Taskpane.Url"> must have lifetime="long"',
      ]);
    });

    it("reports a functions script URL that does not resolve", () => {
      const broken = edit(
        manifest,
        '<SourceLocation resid="Functions.Script.Url" />',
        '<SourceLocation resid="Functions.Nowhere" />'
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        'resid "Functions.Nowhere" on <SourceLocation> does not resolve to a bt:Url in <Resources>',
        "custom functions <Script> <SourceLocation> does not resolve to a bt:Url",
      ]);
    });

    it("reports a functions metadata URL that does not resolve", () => {
      const broken = edit(manifest, /<bt:Url id="Functions.Metadata.Url"[\s\S]*?<\/bt:Url>/, "");
      expect(validateManifest(broken, readAsset)).toEqual([
        'resid "Functions.Metadata.Url" on <SourceLocation> does not resolve to a bt:Url in <Resources>',
        "custom functions <Metadata> <SourceLocation> does not resolve to a bt:Url",
      ]);
    });
  });

  describe("URLs", () => {
    it("reports a plain http URL", () => {
      const broken = edit(
        manifest,
        '"https://localhost:3000/functions.js"',
        '"http://localhost:3000/functions.js"'
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        'non-https URL "http://localhost:3000/functions.js" in <bt:Url id="Functions.Script.Url">',
      ]);
    });

    it("names the URL whichever https URL is made plain http", () => {
      const occurrences = manifest.split("https://localhost:3000/").length - 1;
      fc.assert(
        fc.property(fc.integer({ min: 0, max: occurrences - 1 }), (index) => {
          let seen = -1;
          const broken = manifest.replace(/https:\/\/localhost:3000\//g, (url) =>
            ++seen === index ? "http://localhost:3000/" : url
          );
          const problems = validateManifest(broken, readAsset);
          expect(problems.some((p) => p.startsWith('non-https URL "http://localhost:3000/'))).toBe(
            true
          );
        })
      );
    });
  });

  describe("icons", () => {
    it("reports an icon file that is missing", () => {
      const broken = edit(manifest, "assets/icon-80.png", "assets/icon-81.png");
      expect(validateManifest(broken, readAsset)).toEqual([
        'icon file assets/icon-81.png (<bt:Image id="Icon.80x80">) is missing',
        'icon file assets/icon-81.png (<bt:Image size="80" resid="Icon.80x80">) is missing',
      ]);
    });

    it("reports an icon whose pixel size is not the stated size", () => {
      const broken = edit(manifest, "assets/icon-16.png", "assets/icon-32.png");
      expect(validateManifest(broken, readAsset)).toEqual([
        'icon file assets/icon-32.png is 32×32 px, <bt:Image id="Icon.16x16"> states 16×16',
        'icon file assets/icon-32.png is 32×32 px, <bt:Image size="16" resid="Icon.16x16"> states 16×16',
      ]);
    });

    it("reports the store icon when it is not 64 px", () => {
      const broken = edit(
        manifest,
        '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png" />',
        '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-128.png" />'
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        "icon file assets/icon-128.png is 128×128 px, <HighResolutionIconUrl> states 64×64",
      ]);
    });

    it("reports an icon file that is not a PNG", () => {
      const notPng = (p: string): Uint8Array | null =>
        p.endsWith("icon-128.png")
          ? new TextEncoder().encode("GIF89a not a png at all")
          : readAsset(p);
      expect(validateManifest(manifest, notPng)).toEqual([
        'icon file assets/icon-128.png (<bt:Image id="Icon.128x128">) is not a PNG',
      ]);
    });
  });

  describe("requirements", () => {
    it("reports a namespace other than IIJ", () => {
      const broken = edit(
        manifest,
        'id="Functions.Namespace" DefaultValue="IIJ"',
        'id="Functions.Namespace" DefaultValue="CONTOSO"'
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        'custom functions namespace is "CONTOSO", expected "IIJ"',
      ]);
    });

    it("reports a missing SharedRuntime 1.1 requirement", () => {
      const broken = edit(manifest, /<Set Name="SharedRuntime"[^>]*\/>/, "");
      expect(validateManifest(broken, readAsset)).toEqual([
        "missing requirement set SharedRuntime 1.1",
      ]);
    });

    it("reports CustomFunctionsRuntime below 1.2", () => {
      const broken = edit(
        manifest,
        '<Set Name="CustomFunctionsRuntime" MinVersion="1.2" />',
        '<Set Name="CustomFunctionsRuntime" MinVersion="1.1" />'
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        "missing requirement set CustomFunctionsRuntime 1.2",
      ]);
    });

    it("reports a permission other than ReadWriteDocument", () => {
      const broken = edit(
        manifest,
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>ReadDocument</Permissions>"
      );
      expect(validateManifest(broken, readAsset)).toEqual([
        'permission is "ReadDocument", expected ReadWriteDocument',
      ]);
    });

    it("reports a host other than Excel", () => {
      const broken = edit(manifest, '<Host Name="Workbook" />', '<Host Name="Document" />');
      expect(validateManifest(broken, readAsset)).toEqual([
        "<Hosts> must list only Workbook (Excel), found Document",
      ]);
    });
  });
});
