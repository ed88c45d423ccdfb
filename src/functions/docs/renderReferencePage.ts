import type { FunctionCatalogue } from "../catalogue/FunctionSpec";
import { functionSyntax } from "../catalogue/functionSyntax";
import { FUNCTION_IDS } from "../functionIds";
import { type HelpLanguage, REFERENCE_PAGES, referenceAnchor } from "./referencePages";

/** The page's own words, in each language. */
const WORDS: {
  readonly [L in HelpLanguage]: {
    readonly title: string;
    readonly intro: string;
    readonly parameters: string;
    readonly optional: string;
    readonly defaultValue: string;
    readonly returns: string;
    readonly example: string;
    readonly other: string;
  };
} = {
  en: {
    title: "IIJ Statements for Excel — function reference",
    intro:
      "Every IIJ.* worksheet function of the add-in. Wrong arguments give #VALUE!, a valid question the release does not answer gives #N/A; the cell's message names what exists. Items are matched by id, the release's English or Japanese label, or a standard name analysts use (Net income, 売上高合計, Capex), ignoring case, width, spaces and punctuation.",
    parameters: "Parameters",
    optional: "optional",
    defaultValue: "default",
    returns: "Returns",
    example: "Example",
    other: "日本語",
  },
  ja: {
    title: "IIJ 決算短信 for Excel — 関数リファレンス",
    intro:
      "アドインの IIJ.* ワークシート関数の一覧です。引数が誤っていると #VALUE!、発表が答えない有効な問いには #N/A を返し、セルのメッセージに有効な値を示します。項目は ID、発表の英語・日本語のラベル、または一般的な名称（Net income、売上高合計、Capex）で指定でき、大文字小文字・全角半角・空白・記号は区別しません。",
    parameters: "引数",
    optional: "省略可",
    defaultValue: "既定値",
    returns: "戻り値",
    example: "例",
    other: "English",
  },
};

function escape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * The add-in's function reference page in one language: one section per function, its anchor the
 * function's id (what every helpUrl of the metadata points at), with syntax, summary, parameters,
 * result and example. Static HTML, no script; the build writes it into dist/.
 *
 * @param catalogue - the function catalogue
 * @param language - the page's language
 * @returns the page's HTML
 * @example
 * renderReferencePage(FUNCTION_CATALOGUE, "ja").includes('<section id="EBITDA">') //=> true
 */
export function renderReferencePage(catalogue: FunctionCatalogue, language: HelpLanguage): string {
  const words = WORDS[language];
  const other: HelpLanguage = language === "en" ? "ja" : "en";
  const sections = FUNCTION_IDS.map((id) => {
    const spec = catalogue[id];
    const parameters = spec.parameters.map((p) => {
      const notes = [
        ...(p.optional === true ? [words.optional] : []),
        ...(p.default === undefined ? [] : [`${words.defaultValue} ${String(p.default)}`]),
      ];
      const note = notes.length === 0 ? "" : ` (${escape(notes.join(", "))})`;
      return `        <dt><code>${escape(p.name)}</code>${note}</dt>\n        <dd>${escape(p.help[language])}</dd>`;
    });
    return [
      `    <section id="${referenceAnchor(id)}">`,
      `      <h2>IIJ.${id}</h2>`,
      `      <p><code>=${escape(functionSyntax(id, spec.parameters))}</code></p>`,
      `      <p>${escape(spec.summary[language])}</p>`,
      ...(parameters.length === 0
        ? []
        : [`      <h3>${words.parameters}</h3>`, "      <dl>", ...parameters, "      </dl>"]),
      `      <h3>${words.returns}</h3>`,
      `      <p>${escape(spec.returns[language])}</p>`,
      `      <h3>${words.example}</h3>`,
      `      <p><code>${escape(spec.example.formula)}</code> → <code>${escape(spec.example.answer)}</code></p>`,
      "    </section>",
    ].join("\n");
  });
  return [
    "<!doctype html>",
    `<html lang="${language}">`,
    "  <head>",
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    `    <title>${escape(words.title)}</title>`,
    "    <style>",
    "      body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.5; }",
    "      code { font-size: 0.95em; }",
    "      section { border-top: 1px solid #8886; margin-top: 1.5rem; }",
    "      @media (prefers-color-scheme: dark) { body { background: #1b1b1b; color: #eee; } a { color: #8cf; } }",
    "    </style>",
    "  </head>",
    "  <body>",
    `    <p><a href="${REFERENCE_PAGES[other]}" hreflang="${other}" lang="${other}">${WORDS[language].other}</a></p>`,
    `    <h1>${escape(words.title)}</h1>`,
    `    <p>${escape(words.intro)}</p>`,
    "    <nav>",
    `      <ul>${FUNCTION_IDS.map((id) => `<li><a href="#${referenceAnchor(id)}">IIJ.${id}</a></li>`).join("")}</ul>`,
    "    </nav>",
    "    <main>",
    ...sections,
    "    </main>",
    "  </body>",
    "</html>",
    "",
  ].join("\n");
}
