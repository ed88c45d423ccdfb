import { datasetSources } from "../../../src/core/checks/datasetSources";
import { compileRules } from "../../../src/core/checks/compileRules";
import { deriveRules } from "../../../src/core/checks/deriveRules";
import type { Finding } from "../../../src/core/checks/Finding";
import { runChecks } from "../../../src/core/checks/runChecks";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";

const index = buildIndex(dataset);
const rules = deriveRules(index);
const report = runChecks(compileRules(index), datasetSources(index), "round");

function at(edition: string, table: string, item: string, column: string): Finding[] {
  return report.findings.filter(
    (f) =>
      f.edition === edition &&
      f.where.table === table &&
      f.where.item === item &&
      f.where.column === column
  );
}

describe("the engine on the release", () => {
  it("finds English 4Q02 value-added services at 7.2% of revenues minor, and explains it", () => {
    const [finding] = at("en", "operations_quarterly", "revenues.value_added", "share_4Q02");
    expect(finding.severity).toBe("minor");
    expect(finding.explanation.en).toContain(
      "Value-added services (4Q02, JPY thousands) 931,399 ÷ Total revenues (4Q02, JPY thousands) 13,036,439 = 7.14%, rounded 7.1%"
    );
  });

  it("finds the Japanese edition's 7.3% for the same cell major", () => {
    const [finding] = at("ja", "operations_quarterly", "revenues.value_added", "share_4Q02");
    expect(finding.severity).toBe("major");
    expect(finding.explanation.en).toMatch(
      /^Value-added services \(4Q02\): printed 7\.3%\. .* = 7\.14%, rounded 7\.1%; the printed figure is 0\.16 points above it/
    );
  });

  it("accepts the operating income's (339.9) year over year, computed against a positive prior", () => {
    expect(at("en", "operations_quarterly", "operating_income", "yoy")).toEqual([]);
    expect(report.counts.change.checked).toBeGreaterThan(100);
  });

  it("reconciles Adjusted EBITDA 459 = −446 + 905 and never compares it with Table 5's D&A", () => {
    const ebitda = rules.filter(
      (r) =>
        r.kind === "reconciliation" &&
        r.target.table === "ebitda_reconciliation" &&
        r.target.column === "4Q02"
    );
    expect(ebitda.length).toBeGreaterThan(0);
    const usesTable5DandA = rules.some(
      (r) =>
        (r.kind === "reconciliation" || r.kind === "footing") &&
        r.terms.some((t) => t.ref.item === "statistics.depreciation_amortization") &&
        (r.target.table === "ebitda_reconciliation" ||
          r.terms.some((t) => t.ref.table === "ebitda_reconciliation"))
    );
    expect(usesTable5DandA).toBe(false);
    expect(report.findings.filter((f) => f.where.table === "ebitda_reconciliation")).toEqual([]);
  });

  it("accepts the claimed −28.8% for international backbone costs only because the amounts are rounded", () => {
    const claim = dataset.claims.find(
      (c) => c.edition === "en" && c.subject === "backbone.international" && c.basePeriod === "4Q01"
    );
    expect(claim?.claimed.value).toBe(-28.8);
    expect(report.findings.filter((f) => f.kind === "claim" && f.where.item === claim?.id)).toEqual(
      []
    );
    // 315 ÷ 443 − 1 = −28.89% as a point: a point-value check would call the claim wrong.
    expect(Math.round(1000 * (315 / 443 - 1)) / 10).toBe(-28.9);
  });

  it("finds the prose's sales and marketing +5.5% major against the table's 18.6%", () => {
    const claims = report.findings.filter(
      (f) => f.kind === "claim" && f.severity === "major" && f.edition === "en"
    );
    expect(claims.map((f) => f.label.en)).toContain("Sales and marketing");
  });

  it("finds the Japanese summary's Adjusted EBITDA changes (−53.0%, +32.0%) major", () => {
    const ja = report.findings.filter((f) => f.kind === "claim" && f.edition === "ja");
    expect(ja.map((f) => f.reported.value).sort()).toEqual([-53, 32]);
    expect(ja.every((f) => f.severity === "major")).toBe(true);
  });

  it("finds where the editions disagree, and nothing where they agree", () => {
    const disagreements = report.findings.filter((f) => f.kind === "edition");
    expect(disagreements.length).toBe(8);
    for (const f of disagreements) {
      expect(f.inputs[0].text).not.toBe(f.reported.text);
    }
  });

  it("finds no totals that fail to foot and no wrong change column", () => {
    expect(report.counts.footing.major + report.counts.footing.minor).toBe(0);
    expect(report.counts.change.major + report.counts.change.minor).toBe(0);
    expect(report.counts.footing.checked).toBeGreaterThan(200);
  });

  it("checks every rule kind and leaves no cell of the release uncheckable", () => {
    for (const kind of Object.keys(report.counts) as (keyof typeof report.counts)[]) {
      expect(report.counts[kind].checked).toBeGreaterThan(0);
    }
    expect(report.notCheckable).toEqual([]);
  });

  it("reads truncated amounts differently: the truncate mode is a real option", () => {
    const truncated = runChecks(compileRules(index), datasetSources(index), "truncate");
    expect(truncated.findings.length).not.toBe(report.findings.length);
  });
});
