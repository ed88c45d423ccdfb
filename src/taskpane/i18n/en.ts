import { enCardTexts } from "./enCardTexts";
import type { Strings } from "./Strings";

/** The task pane's English texts. */
export const en: Strings = {
  language: "en",
  appTitle: "IIJ Statements",
  previewNotice:
    "Preview: no Office host. You can browse the tables, run the check and try the functions here; writing to a workbook needs Excel.",
  previewWriteReason: "Writes to a workbook: open the add-in in Excel to use it.",
  tabs: { load: "Load", check: "Check", functions: "Functions", settings: "Settings" },
  tabListLabel: "Task pane views",
  editions: { en: "English", ja: "Japanese", both: "Both" },
  tableKinds: {
    operations: "Statements of operations",
    balanceSheet: "Balance sheets",
    cashFlows: "Cash flows",
    operatingData: "Operating data (Tables 1–4)",
    nonGaap: "Non-GAAP measures",
    crossSelling: "Cross-selling",
  },
  rules: {
    share: "Share of total",
    change: "Change",
    footing: "Footing",
    translation: "USD translation",
    reconciliation: "Reconciliation",
    edition: "English vs Japanese",
    claim: "Claim in the text",
  },
  severities: { minor: "Minor", major: "Major" },
  roundingModes: { round: "Round to nearest", truncate: "Truncate" },
  load: {
    edition: "Edition",
    tables: "Tables",
    loadButton: "Load into workbook",
    loading: "Loading…",
    chooseTables: "Choose at least one table group to load.",
    progress: (sheet, done, total) => `${sheet}: ${done} of ${total}`,
    result: (sheets, major, minor) =>
      `${sheets} sheet(s) loaded; flagged figures: ${major} major, ${minor} minor.`,
    renamed: (wanted, actual) =>
      `A sheet named "${wanted}" is yours, so the add-in used "${actual}".`,
    browse: "Browse the tables",
    browseTable: "Table",
    browseLoading: "Loading the tables…",
    item: "Item",
  },
  check: {
    run: "Run the check",
    running: "Checking…",
    summary: "Summary by rule",
    rule: "Rule",
    checked: "Checked",
    notCheckable: "Not checkable",
    total: "Total",
    filterSeverity: "Severity",
    filterRule: "Rule",
    all: "All",
    shown: (shown, total) => `${shown} of ${total} finding(s) shown`,
    none: "No findings: every checked figure is supported by its amounts.",
    noneMatch: "No findings match these filters.",
    findings: "Findings",
    clear: "Clear highlights",
    cleared: (count) => `${count} highlight(s) and note(s) removed.`,
    clearedExcept: (count, sheets) =>
      `${count} highlight(s) and note(s) removed. Excel could not read some rules back on ${sheets}; they were left. Try again, or reload the release.`,
    notLocated:
      "This finding's cell is not in the workbook: its table was not loaded or its row was deleted. Load the release again, then check again.",
    source: (inExcel) =>
      inExcel
        ? "Checks the add-in's sheets in this workbook, your edits included."
        : "Checks the release's own figures.",
    nothingLoaded:
      "Nothing is loaded in this workbook yet: load the release first, then run the check.",
    goToLoad: "Load the release",
    filterTable: "Table",
    filterEdition: "Edition",
    groupTitle: (title, major, minor) => `${title}: ${major} major, ${minor} minor`,
    inEditions: (editions) => editions.join(" and "),
    stale: "The settings changed after this check: these findings may be out of date.",
    rerun: "Check again",
    treeHint: (canGoTo) =>
      canGoTo
        ? "Arrow keys move through the findings and open a table; Enter selects the figure's cell."
        : "Arrow keys move through the findings and open a table.",
  },
  selection: {
    heading: "Check the selection",
    hint: "Select a table on any sheet (amounts, percentages, totals): the add-in infers how its percentages and totals are computed and checks them. Nothing is written to your sheet unless you choose Highlight.",
    check: "Check the selection",
    checking: "Reading the selection…",
    highlight: "Highlight in this sheet",
    clear: "Clear selection highlights",
    checkFirst: "Check a selection first.",
    empty: (sheet) => `The selection on ${sheet} holds no values.`,
    notOneArea: "Select one rectangle of cells (one area), then check again.",
    tooLarge: (cells, limit) =>
      `The selection holds ${cells.toLocaleString("en-US")} cells; at most ${limit.toLocaleString("en-US")} can be checked at once. Select part of it.`,
    summary: (where, tables, relations, findings, requests) =>
      `${where}: ${tables} table(s), ${relations} relation(s) understood, ${findings} finding(s); read in ${requests} request(s).`,
    relations: "Understood",
    unread: "Not understood (no finding raised)",
    notCheckable: "Not checkable",
    findings: "Findings",
    none: "None.",
    more: (count) => `… and ${count} more.`,
    goTo: (cell) => `Go to ${cell}`,
    sheetGone: "The checked sheet no longer exists. Check the selection again.",
    highlighted: (rules, sheet) =>
      `${rules} highlight rule(s) written on ${sheet}; they stay live as you edit. Clear selection highlights removes exactly these.`,
    tooManyRules: (rules, limit) =>
      `Highlighting this selection would take ${rules.toLocaleString("en-US")} conditional-format rules; at most ${limit.toLocaleString("en-US")} are written at once, so that Excel stays responsive. Nothing was written: select a smaller part of the table, check it and highlight that.`,
    cleared: (count) => `${count} selection highlight rule(s) removed; your own rules were kept.`,
    clearedExcept: (count, sheets) =>
      `${count} selection highlight rule(s) removed. Excel could not read some rules back on ${sheets}; they were left. Try again.`,
    rowName: (row, label) => `row ${row}${label === "" ? "" : ` (${label})`}`,
    columnName: (column, header) => `column ${column}${header === "" ? "" : ` (${header})`}`,
    support: (consistent, checkable) => `${consistent} of ${checkable} cells consistent`,
    shareBase: (base, of, rows) =>
      `% of ${base} of column ${of}${rows === null ? "" : ` for rows ${rows}`}`,
    shareRelation: (column, bases, support) => `column ${column}: ${bases.join("; ")}, ${support}`,
    changeRelation: (column, prior, current, formula, support) =>
      `column ${column}: change from column ${prior} to column ${current} (${formula}), ${support}`,
    footingRelation: (row, terms, columns, byLabel, support) =>
      `${row}: sum of rows ${terms} in column${columns.length > 1 ? "s" : ""} ${columns.join(", ")}${byLabel ? " (a total by its label)" : ""}, ${support}`,
    notUnderstood: (what, why) => `${what} not understood: ${why}`,
    noSource: "no row shows 100 and there are fewer than two amount columns",
    rejectedHypothesis: (hypothesis, rejection) =>
      `the best hypothesis, ${hypothesis}, ${rejection}`,
    shareHypothesis: (of, bases) =>
      `share of column ${of} over row${bases.length > 1 ? "s" : ""} ${bases.join(", ")}`,
    changeHypothesis: (prior, current) => `change from column ${prior} to column ${current}`,
    totalRejected: (rejection) =>
      `labelled a total, but ${rejection ?? "no block of rows above it adds up"}`,
    fewCells: (consistent, checkable, minimum) =>
      `explains ${consistent} of ${checkable} cells, fewer than ${minimum}`,
    underTwoThirds: (consistent, checkable) =>
      `explains ${consistent} of ${checkable} cells, under two thirds`,
    tied: (consistent, checkable) =>
      `explains ${consistent} of ${checkable} cells, as many as another hypothesis`,
    cellEmpty: (cell) => `${cell} is empty`,
    notAFigure: (cell, text) => `'${text}' in ${cell} is not a figure`,
    nilDash: (cell) => `${cell} is a nil dash`,
    zeroDenominator: "the denominator may be zero",
    overflow: "the figures are too large to compute with",
    failed: (m) =>
      `Excel could not complete this: ${m} Your values were not changed; select the table and try again (Clear selection highlights removes any rule already written).`,
  },
  functions: {
    reference: "IIJ functions",
    example: "Example",
    insert: (name) => `Insert ${name} example`,
    inserted: (formula) => `Inserted ${formula} into the selected cell.`,
    playground: "Try a formula",
    formula: "Formula",
    evaluate: "Evaluate",
    result: "Result",
    loading: "Loading the functions…",
    tryExample: (name) => `Try ${name} example`,
    readAs: (formula) => `Read as ${formula}`,
    spilled: (rows, columns) => `${rows} rows × ${columns} columns`,
    resultOf: (formula) => `Result of ${formula}`,
    suggestions: "Item names",
    unknownFunction: (name, names) => `#NAME? IIJ.${name} is not a function. Functions: ${names}.`,
    problems: {
      notACall: () => 'Type a call such as =IIJ.EBITDA("4Q02").',
      cellReference: (p) =>
        `Argument ${p.argument} of IIJ.${p.name}, ${p.reference}, is a cell reference: the playground has no cells (in Excel, formulas can refer to cells). Type the value itself: a number, or text in double quotes.`,
      otherQuotes: (p) =>
        `Argument ${p.argument} of IIJ.${p.name} is in single quotes or 「」: Excel's text takes straight double quotes, "${p.text}".`,
      unquotedText: (p) =>
        `Argument ${p.argument} of IIJ.${p.name}, ${p.text}, needs straight double quotes to be text: "${p.text}".`,
      unclosedText: (p) =>
        `The text in argument ${p.argument} of IIJ.${p.name} has no closing double quote (").`,
      notALiteral: (p) =>
        `Argument ${p.argument} of IIJ.${p.name} is not text in double quotes, a number, TRUE or FALSE: the playground calculates no operators or other functions.`,
      expectedSeparator: (p) =>
        `After argument ${p.argument} of IIJ.${p.name}, type "," for another argument or ")" to close the call.`,
      unclosedCall: (p) => `The call to IIJ.${p.name} is not closed: end it with ")".`,
      leftover: (p) => `Unexpected text after the closing ")": ${p.text}`,
    },
  },
  settings: {
    rounding: "How the release rounded amounts",
    highlightMinor: "Highlight minor findings",
    highlightMinorHint:
      "Applies to the highlights inside Excel, at the next load or check; major findings are always highlighted.",
    language: "Language",
    storedIn: (inExcel) =>
      inExcel ? "Settings are saved with this workbook." : "Settings are saved in this browser.",
  },
  features: {
    title: "Some features are switched off",
    names: {
      load: "Loading the release",
      rowStyles: "Bold totals, borders and indents",
      highlights: "Highlights on flagged figures",
      notes: "Notes on flagged cells",
      comments: "Comments on flagged cells",
      hyperlinks: "Links from the Checks sheet",
      suspendCalculation: "Pausing recalculation while writing",
    },
    off: (name, version) =>
      `${name}: needs ExcelApi ${version}, which this Excel lacks. Update Excel to use it; the rest works.`,
  },
  errors: {
    title: "Something went wrong",
    load: (m) => `Loading failed: ${m} Check that the workbook is not protected, then try again.`,
    check: (m) => `The check failed: ${m} Load the tables again, then run the check.`,
    clear: (m) =>
      `Clearing highlights failed: ${m} Try again, or remove the sheets and load again.`,
    goTo: (m) => `Could not select the cell: ${m} Load the tables again, then check.`,
    insert: (m) => `Could not insert the formula: ${m} Select a single cell, then try again.`,
    module: (m) => `A part of the task pane did not load: ${m} Reload the task pane.`,
    settings: (m) =>
      `Your settings could not be saved: ${m} They apply until you close the task pane.`,
    dismiss: "Dismiss",
    kinds: {
      protected: "The workbook structure is protected (Review > Protect Workbook).",
      sheetLimit: "Excel could not add more sheets (memory or sheet limit).",
      connection: "The connection to Excel was lost; nothing of yours was changed.",
      unsupported: "This version of Excel lacks a feature this action needs.",
      notLoaded: "The release is not loaded in this workbook yet.",
      noSelection: "No cell is selected.",
      unknownSheet: "That sheet no longer exists.",
      payloadTooLarge:
        "Excel refused a request as too large. Nothing of yours was changed; load fewer tables, or turn minor highlights off, then try again.",
      failed: "Excel refused the change.",
    },
  },
  ...enCardTexts,
};
