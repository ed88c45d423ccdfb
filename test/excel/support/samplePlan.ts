import type { CheckReport } from "../../../src/core/checks/CheckReport";
import { RULE_KINDS } from "../../../src/core/checks/RuleKind";
import type { SheetPlan, WorkbookPlan } from "../../../src/core/layout/WorkbookPlan";
import type { ExcelDeps, PlanOptions } from "../../../src/excel/ExcelDeps";

/** A statement-like sheet: title, header, three items and a total, with a share column. */
export function statementSheet(key: string, name: string, tables = 1): SheetPlan {
  const values: Array<Array<string | number | null>> = [
    [`${name} title`, null, null],
    ["", "JPY", "%"],
  ];
  const formats: string[][] = [
    ["General", "General", "General"],
    ["General", "General", "General"],
  ];
  const totalRows: number[] = [];
  const indents: number[] = [0, 0];
  const highlights: Array<SheetPlan["highlights"][number]> = [];
  for (let t = 0; t < tables; t += 1) {
    const top = values.length;
    for (const [label, amount] of [
      ["A", 10],
      ["B", 20],
      ["C", 30],
    ] as const) {
      values.push([label, amount, amount / 60]);
      formats.push(["General", "#,##0;(#,##0)", "0.0%;(0.0%)"]);
      indents.push(1);
    }
    values.push(["Total", `=SUM(B${top + 1}:B${top + 3})`, 1]);
    formats.push(["General", "#,##0;(#,##0)", "0.0%;(0.0%)"]);
    indents.push(0);
    totalRows.push(top + 3);
    highlights.push({
      range: `C${top + 1}:C${top + 3}`,
      formula: `ABS(C${top + 1}-B${top + 1}/B$${top + 4})>0.0005`,
      severity: "major",
    });
  }
  return {
    key,
    name,
    edition: "en",
    values,
    numberFormats: formats,
    totalRows,
    headerRows: [1],
    titleRow: 0,
    indents,
    freeze: { rows: 2, columns: 1 },
    columnWidths: [30, 12, 8],
    highlights,
    links: [],
  };
}

/** A Checks sheet linking to the statement sheet, with a formula reading it. */
export function checksSheet(target: string): SheetPlan {
  return {
    key: "checks",
    name: "Checks",
    edition: null,
    values: [
      ["Checks", null],
      ["Cell", "Reported"],
      ["B3", `='${target}'!C3`],
    ],
    numberFormats: [
      ["General", "General"],
      ["General", "General"],
      ["General", "0.0%"],
    ],
    totalRows: [],
    headerRows: [1],
    titleRow: 0,
    indents: [0, 0, 0],
    freeze: { rows: 2, columns: 0 },
    columnWidths: [10, 10],
    highlights: [],
    links: [{ address: "A3", target: `'${target}'!C3`, text: "C3" }],
  };
}

/** A small plan: an operations sheet (with `tables` tables), a balance sheet and Checks. */
export function samplePlan(tables = 1): WorkbookPlan {
  return {
    sheets: [
      statementSheet("en:operations", "Operations", tables),
      statementSheet("en:balanceSheet", "Balance Sheet", tables),
      checksSheet("Operations"),
    ],
    names: [
      { name: "IIJ_OPERATIONS", refersTo: "='Operations'!$A$3:$C$6", comment: "Operations" },
      { name: "IIJ_FXRATE", refersTo: "='Checks'!$B$1", comment: "Rate" },
    ],
    placements: [
      {
        edition: "en",
        ref: { table: "t", item: "a", column: "share" },
        sheet: "Operations",
        address: "C3",
        row: 2,
        column: 2,
        storage: "percent",
        decimals: 1,
      },
    ],
    properties: { title: "IIJ", subject: "s", description: "d" },
    report: emptyReport(),
  };
}

/** An empty report. */
export function emptyReport(): CheckReport {
  return {
    findings: [],
    notCheckable: [],
    counts: Object.fromEntries(
      RULE_KINDS.map((k) => [k, { checked: 0, minor: 0, major: 0, notCheckable: 0 }])
    ) as CheckReport["counts"],
  };
}

/** Deps over the fake runner and a fixed plan; `versions` below 1.18 switch features off. */
export function sampleDeps(
  run: ExcelDeps["run"],
  plan: WorkbookPlan = samplePlan(),
  supports: (version: string) => boolean = () => true,
  overrides: Partial<ExcelDeps> = {}
): ExcelDeps & { readonly planCalls: PlanOptions[] } {
  const planCalls: PlanOptions[] = [];
  return {
    run,
    requirements: supports,
    buildPlan: (options) => {
      planCalls.push(options);
      return plan;
    },
    checkGrids: () => emptyReport(),
    checksSheet: (p) => p.sheets[p.sheets.length - 1],
    planCalls,
    ...overrides,
  };
}

/** ExcelApi versions up to `max` (compared numerically: 1.9 < 1.10). */
export function upTo(max: string): (version: string) => boolean {
  const minor = (v: string) => Number(v.split(".")[1]);
  return (version) => minor(version) <= minor(max);
}
