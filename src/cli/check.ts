import { datasetSources } from "../core/checks/datasetSources";
import { compileRules } from "../core/checks/compileRules";
import { runChecks } from "../core/checks/runChecks";
import { buildIndex } from "../core/model/buildIndex";
import { dataset } from "../data";
import { checkTableFile } from "./checkTableFile";
import { failsOn } from "./failsOn";
import { formatCheckReport } from "./formatCheckReport";
import { CHECK_USAGE, parseCheckArguments } from "./parseCheckArguments";

const parsed = parseCheckArguments(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`${parsed.message}\n${CHECK_USAGE}`);
  process.exit(2);
}
const options = parsed.value;

function checkRelease(): void {
  const index = buildIndex(dataset);
  const all = datasetSources(index);
  const sources = {
    en: options.editions.includes("en") ? all.en : undefined,
    ja: options.editions.includes("ja") ? all.ja : undefined,
  };
  const report = runChecks(compileRules(index), sources, options.mode);
  if (options.json) {
    console.log(
      JSON.stringify(
        { release: dataset.release.id, mode: options.mode, editions: options.editions, ...report },
        null,
        2
      )
    );
  } else {
    console.log(formatCheckReport(report).join("\n"));
  }
  process.exitCode = failsOn(report.findings, options.failOn) ? 1 : 0;
}

const table = options.table;
if (table === undefined) {
  checkRelease();
} else {
  void checkTableFile({ ...options, table }, console.log, console.error).then((status) => {
    process.exitCode = status;
  });
}
