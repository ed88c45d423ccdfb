import type { CheckReport } from "../../../src/core/checks/CheckReport";
import type { Dataset } from "../../../src/core/model/Dataset";
import type { ReportedFigure } from "../../../src/core/model/ReportedFigure";
import type { FeatureSupport } from "../../../src/excel/features";
import type { WorkbookActions } from "../../../src/excel/WorkbookActions";
import type { TaskpaneHost, TaskpaneServices } from "../../../src/taskpane/host/TaskpaneHost";
import type { Playground } from "../../../src/taskpane/services/Playground";
import type { ReleaseEngine } from "../../../src/taskpane/services/ReleaseEngine";
import type { SettingsStore } from "../../../src/taskpane/settings/SettingsStore";
import type { TaskpaneSettings } from "../../../src/taskpane/settings/TaskpaneSettings";
import { FIXTURE_FX_RATE, FIXTURE_PERIODS } from "../../support/fixturePeriods";

const fig = (text: string, value: number | null, decimals = 0): ReportedFigure => ({
  text,
  value,
  decimals,
});

/**
 * A two-row release: systems integration's share is misprinted (41.0% for 40.0%, major) and
 * the Japanese edition prints a different total (an edition finding).
 */
export const smallDataset: Dataset = {
  release: {
    id: "test",
    company: { en: "Test Inc.", ja: "テスト株式会社" },
    ticker: "TST",
    published: { en: "2003-05-20", ja: "2003-05-21" },
    fiscalYearEnd: "2003-03-31",
  },
  fxRate: FIXTURE_FX_RATE,
  periods: [FIXTURE_PERIODS["4Q02"]],
  tables: [
    {
      id: "operations_quarterly",
      kind: "operations",
      title: { en: "Statements of operations", ja: "損益計算書" },
      source: { en: "Appendix 1", ja: "別表1" },
      unit: "JPY thousands",
      columns: [
        { kind: "amount", id: "jpy_4Q02", period: "4Q02", unit: "JPY thousands" },
        {
          kind: "share",
          id: "share_4Q02",
          period: "4Q02",
          of: "jpy_4Q02",
          baseItem: "revenues.total",
        },
      ],
      headers: { en: [["4Q02", "%"]], ja: [["当四半期", "構成比"]] },
      rows: [
        { id: "revenues", role: "heading", level: 0, label: { en: "Revenues", ja: "売上高" } },
        {
          id: "revenues.si",
          role: "item",
          level: 1,
          label: { en: "Systems integration", ja: "システムインテグレーション" },
          aliases: ["SI"],
        },
        { id: "revenues.other", role: "item", level: 1, label: { en: "Other", ja: "その他" } },
        {
          id: "revenues.total",
          role: "total",
          level: 0,
          label: { en: "Total revenues", ja: "売上高合計" },
          children: [
            { item: "revenues.si", sign: 1 },
            { item: "revenues.other", sign: 1 },
          ],
        },
      ],
      figures: {
        en: {
          "revenues.si": [fig("1,000,000", 1000000), fig("41.0%", 41, 1)],
          "revenues.other": [fig("1,500,000", 1500000), fig("60.0%", 60, 1)],
          "revenues.total": [fig("2,500,000", 2500000), fig("100.0%", 100, 1)],
        },
        ja: {
          "revenues.si": [fig("1,000,000", 1000000), fig("40.0%", 40, 1)],
          "revenues.other": [fig("1,500,000", 1500000), fig("60.0%", 60, 1)],
          "revenues.total": [fig("2,500,000", 2500000), fig("100.0%", 100, 1)],
        },
      },
    },
  ],
  reconciliations: [],
  claims: [],
};

/** A check report with no findings and zero counts. */
export const emptyReport: CheckReport = {
  findings: [],
  notCheckable: [],
  counts: {
    share: { checked: 0, minor: 0, major: 0, notCheckable: 0 },
    change: { checked: 0, minor: 0, major: 0, notCheckable: 0 },
    footing: { checked: 0, minor: 0, major: 0, notCheckable: 0 },
    translation: { checked: 0, minor: 0, major: 0, notCheckable: 0 },
    reconciliation: { checked: 0, minor: 0, major: 0, notCheckable: 0 },
    edition: { checked: 0, minor: 0, major: 0, notCheckable: 0 },
    claim: { checked: 0, minor: 0, major: 0, notCheckable: 0 },
  },
};

/** A fake of Excel's actions whose every method is a jest mock. */
export type FakeActions = { readonly [K in keyof WorkbookActions]: jest.Mock };

/** Fake Excel actions answering with an empty report, one sheet written, nothing renamed. */
export function fakeActions(): FakeActions {
  return {
    loadRelease: jest.fn(async () => ({
      sheets: ["Operations"],
      renamed: [],
      report: emptyReport,
    })),
    checkWorkbook: jest.fn(async () => emptyReport),
    clearHighlights: jest.fn(async () => ({ removed: 3, rules: 2, unreadSheets: [] })),
    goToFinding: jest.fn(async () => ({ sheet: "Operations", address: "C5" })),
    insertFormula: jest.fn(async () => undefined),
    figureAt: jest.fn(async () => null),
    watchSelection: jest.fn(async () => async () => undefined),
  };
}

/** A settings store in memory that records what was written. */
export function memoryStore(
  initial: unknown = null
): SettingsStore & { written: TaskpaneSettings[] } {
  const written: TaskpaneSettings[] = [];
  return {
    written,
    read: () => initial,
    write: async (s) => {
      written.push(s);
    },
  };
}

/** A host for tests: the kind, with fakes injected at the services' boundary. */
export function testHost(
  kind: TaskpaneHost["kind"],
  parts: {
    actions?: FakeActions;
    engine?: ReleaseEngine;
    playground?: Playground;
    store?: SettingsStore;
    displayLanguage?: string;
    features?: FeatureSupport;
  } = {}
): TaskpaneHost {
  const services: TaskpaneServices = {
    workbookActions: async () => {
      if (parts.actions === undefined) {
        throw new Error("no Excel in this test");
      }
      return parts.actions;
    },
    featureSupport: async () => parts.features ?? { supported: new Set(), unsupported: [] },
    releaseEngine: async () => {
      if (parts.engine === undefined) {
        throw new Error("no engine in this test");
      }
      return parts.engine;
    },
    playground: async () => {
      if (parts.playground === undefined) {
        throw new Error("no playground in this test");
      }
      return parts.playground;
    },
  };
  return {
    kind,
    displayLanguage: parts.displayLanguage ?? "en-US",
    theme: "light",
    settingsStore: parts.store ?? memoryStore(),
    services,
  };
}
