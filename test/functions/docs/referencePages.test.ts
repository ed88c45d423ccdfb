import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { compareMetadata } from "../../../src/cli/manifest/compareMetadata";
import { FUNCTION_CATALOGUE } from "../../../src/functions/catalogue/functionCatalogue";
import { localizeMetadata } from "../../../src/functions/docs/localizeMetadata";
import { type HelpLanguage, REFERENCE_PAGES } from "../../../src/functions/docs/referencePages";
import { renderReferencePage } from "../../../src/functions/docs/renderReferencePage";
import { FUNCTION_IDS } from "../../../src/functions/functionIds";

const { DEV_URL } = require("../../../scripts/buildOptions") as { DEV_URL: string };

type Metadata = {
  functions: Array<{
    id: string;
    description: string;
    helpUrl: string;
    parameters: Array<{ name: string; description: string }>;
  }>;
};

/** dist/ as the build writes it: the reference pages by file name. */
const PAGES = new Map(
  (Object.keys(REFERENCE_PAGES) as HelpLanguage[]).map((language) => [
    REFERENCE_PAGES[language],
    renderReferencePage(FUNCTION_CATALOGUE, language),
  ])
);

/** Why a help URL does not resolve among the pages, or null when it does. */
function unresolved(url: string): string | null {
  if (!url.startsWith(DEV_URL)) return `${url} is not under ${DEV_URL}`;
  const [page, anchor] = url.slice(DEV_URL.length).split("#");
  const html = PAGES.get(page);
  if (html === undefined) return `${url}: no page ${page} in dist/`;
  return html.includes(` id="${anchor}"`) ? null : `${url}: ${page} has no anchor #${anchor}`;
}

describe("the function reference and the metadata's help URLs", () => {
  let english: string;

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(
      join(__dirname, "../../../src/functions/functions.ts"),
      true
    );
    english = generated.metadataJson;
  }, 60_000);

  it("resolves every helpUrl of functions.json to an anchor of the English page", () => {
    const metadata = JSON.parse(english) as Metadata;
    expect(metadata.functions).toHaveLength(FUNCTION_IDS.length);
    expect(metadata.functions.map((f) => unresolved(f.helpUrl))).toEqual(
      metadata.functions.map(() => null)
    );
    expect(metadata.functions.every((f) => f.helpUrl.includes(REFERENCE_PAGES.en))).toBe(true);
  });

  it("resolves every helpUrl of functions.ja.json to an anchor of the Japanese page", () => {
    const ja = JSON.parse(localizeMetadata(english, FUNCTION_CATALOGUE, "ja", DEV_URL)) as Metadata;
    expect(ja.functions.map((f) => unresolved(f.helpUrl))).toEqual(ja.functions.map(() => null));
    expect(ja.functions.every((f) => f.helpUrl.includes(REFERENCE_PAGES.ja))).toBe(true);
  });

  it("catches a help URL whose anchor the page lacks", () => {
    expect(unresolved(`${DEV_URL}${REFERENCE_PAGES.en}#NOSUCH`)).toContain("no anchor #NOSUCH");
    expect(unresolved(`${DEV_URL}missing.html#EBITDA`)).toContain("no page missing.html");
  });

  it("writes the Japanese metadata in Japanese, registering exactly what functions.json does", () => {
    const localized = localizeMetadata(english, FUNCTION_CATALOGUE, "ja", DEV_URL);
    expect(compareMetadata(english, localized, "functions.ja.json")).toEqual([]);
    const ja = JSON.parse(localized) as Metadata;
    const en = JSON.parse(english) as Metadata;
    expect(ja.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])).toEqual(
      en.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])
    );
    const descriptions = ja.functions.flatMap((f) => [
      f.description,
      ...f.parameters.map((p) => p.description),
    ]);
    // Every description carries Japanese script: none was left in English.
    expect(descriptions.filter((d) => !/[\u3040-\u30ff\u4e00-\u9fff]/.test(d))).toEqual([]);
  });

  it("refuses Japanese metadata that renames a parameter or drops a function", () => {
    const ja = JSON.parse(localizeMetadata(english, FUNCTION_CATALOGUE, "ja", DEV_URL)) as Metadata;
    const renamed = structuredClone(ja);
    renamed.functions[0].parameters[0].name = "期間";
    expect(compareMetadata(english, JSON.stringify(renamed), "functions.ja.json")).toEqual([
      "functions.ja.json: function 1 (EBITDA) has other parameters than functions.json",
    ]);
    const dropped = { functions: ja.functions.slice(1) };
    expect(compareMetadata(english, JSON.stringify(dropped), "functions.ja.json")).toEqual([
      `functions.ja.json: ${FUNCTION_IDS.length - 1} functions, functions.json has ${FUNCTION_IDS.length}`,
    ]);
  });

  it("gives each page its language and a link to the other", () => {
    expect(PAGES.get(REFERENCE_PAGES.ja)).toContain('<html lang="ja">');
    expect(PAGES.get(REFERENCE_PAGES.ja)).toContain(`href="${REFERENCE_PAGES.en}"`);
    expect(PAGES.get(REFERENCE_PAGES.en)).toContain(`href="${REFERENCE_PAGES.ja}"`);
    expect(PAGES.get(REFERENCE_PAGES.ja)).toContain(FUNCTION_CATALOGUE.VALUE.summary.ja);
  });

  it("escapes what the catalogue says, so a quote or a bracket cannot break the page", () => {
    const page = PAGES.get(REFERENCE_PAGES.en) ?? "";
    expect(page).toContain("=IIJ.EBITDA(&quot;4Q02&quot;)");
    expect(page).not.toContain('=IIJ.EBITDA("4Q02")');
  });
});
