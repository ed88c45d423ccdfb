import json from "../../src/data/release.json";
import type { CellRef } from "../../src/core/model/CellRef";
import type { Claim } from "../../src/core/model/Claim";
import type { Dataset } from "../../src/core/model/Dataset";
import type { Edition } from "../../src/core/model/Edition";
import { validateDataset } from "../../src/core/model/validateDataset";

/**
 * The prose's claims against the tables: each is about its subject's row in its periods' columns,
 * and the sign the sentence gave it (built from "increase"/"decrease", 増/減) is the sign of the
 * change the tables show. The size is the checks' business (the release does misstate one), the
 * sign and the subject are the dataset's.
 */

const data = json as unknown as Dataset;

/** The value of a cell as its edition prints it. */
function valueAt(edition: Edition, ref: CellRef): number {
  const table = data.tables.find((t) => t.id === ref.table);
  const j = table?.columns.findIndex((c) => c.id === ref.column) ?? -1;
  const figure = table?.figures[edition]?.[ref.item]?.[j];
  if (figure === undefined || figure === null || figure.value === null) {
    throw new Error(`no figure at ${ref.table}/${ref.item}/${ref.column} in ${edition}`);
  }
  return figure.value;
}

/** The period of a column. */
function periodOf(ref: CellRef): string | undefined {
  return data.tables.find((t) => t.id === ref.table)?.columns.find((c) => c.id === ref.column)
    ?.period;
}

/** What the tables say the claim's figure is, as a percentage. */
function recomputed(claim: Claim): number {
  const f = claim.formula;
  const at = (ref: CellRef): number => valueAt(claim.edition, ref);
  switch (f.kind) {
    case "change":
      return (at(f.current) / at(f.base) - 1) * 100;
    case "share":
      return (at(f.numerator) / at(f.denominator)) * 100;
    case "margin":
      return ((at(f.revenue) - at(f.cost)) / at(f.revenue)) * 100;
  }
}

/** The cells a claim is about its subject in, and the periods they must be of. */
function subjectCells(claim: Claim): Array<readonly [CellRef, string | undefined]> {
  const f = claim.formula;
  switch (f.kind) {
    case "change":
      return [
        [f.current, claim.period],
        [f.base, claim.basePeriod],
      ];
    case "share":
      return [[f.numerator, claim.period]];
    case "margin":
      return [[f.revenue, claim.period]];
  }
}

describe("the prose's claims against the tables", () => {
  it("has the release's 42 claims, each with a valid place", () => {
    expect(data.claims).toHaveLength(42);
    expect(validateDataset(json)).toEqual([]);
  });

  it("points each claim at its subject's row in the columns of its periods", () => {
    const wrong = data.claims.flatMap((claim) =>
      subjectCells(claim)
        .filter(([ref, period]) => ref.item !== claim.subject || periodOf(ref) !== period)
        .map(([ref]) => `${claim.id}: ${ref.table}/${ref.item}/${ref.column}`)
    );
    expect(wrong).toEqual([]);
  });

  it("gives each claim the sign of what the tables show", () => {
    const wrong = data.claims
      .filter((claim) => Math.sign(claim.claimed.value ?? 0) !== Math.sign(recomputed(claim)))
      .map((claim) => `${claim.id}: claimed ${claim.claimed.value}, tables ${recomputed(claim)}`);
    expect(data.claims.filter((c) => (c.claimed.value ?? 0) < 0).length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });

  it("notices a claim whose sign is turned", () => {
    const claim = data.claims.find(
      (c) => c.id === "en.revenues.revenues.dedicated_access.4Q02.vs.4Q01"
    );
    if (claim === undefined) {
      throw new Error("the dedicated access claim is gone");
    }
    const turned = { ...claim, claimed: { ...claim.claimed, value: -(claim.claimed.value ?? 0) } };
    expect(Math.sign(turned.claimed.value)).not.toBe(Math.sign(recomputed(turned)));
  });
});
