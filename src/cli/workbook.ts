import { buildWorkbookPlan } from "../core/layout/buildWorkbookPlan";
import { buildIndex } from "../core/model/buildIndex";
import { dataset } from "../data";
import { parseWorkbookArguments, WORKBOOK_USAGE } from "./parseWorkbookArguments";
import { writeWorkbookFile } from "../xlsx/writeWorkbookFile";

/** `npm run workbook -- --out FILE.xlsx …`: the release as an .xlsx workbook, without the add-in. */
async function main(): Promise<number> {
  const parsed = parseWorkbookArguments(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`${parsed.message}\n${WORKBOOK_USAGE}`);
    return 2;
  }
  const options = parsed.value;
  const plan = buildWorkbookPlan(buildIndex(dataset), {
    edition: options.edition,
    mode: options.mode,
    highlightMinor: options.highlightMinor,
  });
  const written = await writeWorkbookFile(plan, options.out, options.force);
  if (!written.ok) {
    console.error(written.message);
    return 1;
  }
  const highlights = plan.sheets.reduce((n, s) => n + s.highlights.length, 0);
  console.log(
    `${options.out}: ${plan.sheets.length} sheets, ${plan.placements.length} figures, ${highlights} highlight rules, ${written.bytes} bytes`
  );
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
