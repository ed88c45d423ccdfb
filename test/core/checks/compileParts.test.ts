import { CellNumbering } from "../../../src/core/checks/CellNumbering";
import { compileRules } from "../../../src/core/checks/compileRules";
import { datasetSources } from "../../../src/core/checks/datasetSources";
import { evaluateRule } from "../../../src/core/checks/evaluateRule";
import { readFigures } from "../../../src/core/checks/readFigures";
import { CELL, emptyReadings, storeFigure } from "../../../src/core/checks/Readings";
import type { Rule } from "../../../src/core/checks/Rule";
import { addOperand, KIND, openRule, ruleBuilder } from "../../../src/core/checks/RuleBuilder";
import { RULE_KINDS } from "../../../src/core/checks/RuleKind";
import { settleRules } from "../../../src/core/checks/settleRules";
import { EDITION_BIT, RECOMPUTE } from "../../../src/core/checks/CompiledRules";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";
import { syntheticDataset } from "../../support/syntheticDataset";

const release = buildIndex(dataset);
const statement = buildIndex(syntheticDataset([5_000, 7_000, 11_000], [3_000, 8_000, 12_000]));

describe("the engine's compiler, part by part", () => {
  it("numbers table cells densely, table after table, and every other reference once", () => {
    const cells = new CellNumbering(release);
    const [first, second] = release.dataset.tables;
    const row = second.rows[2];
    const column = second.columns[1];
    const cell = cells.of({ table: second.id, item: row.id, column: column.id });
    expect(cell).toBe(first.rows.length * first.columns.length + 2 * second.columns.length + 1);
    expect(cells.used[cell]).toBe(1);
    const claim = { table: "claims", item: "x", column: "claimed" };
    const extra = cells.of(claim);
    expect(extra).toBe(cells.space().dense);
    expect(cells.of({ ...claim })).toBe(extra);
    expect(cells.of({ table: first.id, item: "no such row", column: first.columns[0].id })).toBe(
      extra + 1
    );
    expect(cells.space().extra).toHaveLength(2);
  });

  it.each([
    ["the release", release],
    ["a statement", statement],
  ])("sizes the builder for every rule of %s and lists every operand it needs", (_, index) => {
    const rules = compileRules(index);
    const b = ruleBuilder(index);
    expect(b.kind.length).toBeGreaterThanOrEqual(rules.size);
    expect(rules.operand.length).toBe(rules.start[rules.size]);
    const cells = rules.cells.dense + rules.cells.extra.length;
    expect(Array.from(rules.operand).every((cell) => cell >= 0 && cell < cells)).toBe(true);
    // Shaped rules list none: fewer operands than two per share or change.
    const shaped = Array.from(rules.shape).filter((s) => s !== 0).length;
    expect(shaped).toBeGreaterThan(0);
  });

  it("grows the builder's operands as they are added, keeping those before", () => {
    const b = ruleBuilder(statement);
    const room = b.operand.length;
    openRule(b, KIND.footing, RECOMPUTE.linear, EDITION_BIT.en, 0);
    for (let k = 0; k < room + 100; k++) {
      addOperand(b, k, k % 2 === 0 ? 1 : -1, k / 2);
    }
    expect(b.operand.length).toBeGreaterThanOrEqual(room + 100);
    expect(b.operands).toBe(room + 100);
    expect(b.start[1]).toBe(room + 100);
    const k = room + 99;
    expect([b.operand[k], b.sign[k], b.scale[k]]).toEqual([k, -1, k / 2]);
    expect([b.operand[0], b.sign[0], b.scale[0]]).toEqual([0, 1, 0]);
  });

  it.each(["en", "ja"] as const)(
    "reads every printed %s figure of the release as the dataset's source gives it",
    (edition) => {
      const rules = compileRules(release);
      const printed = rules.printed[edition];
      const source = datasetSources(release)[edition]!;
      expect(printed?.state.length).toBe(rules.cells.dense);
      let figures = 0;
      for (let cell = 0; cell < rules.cells.dense; cell++) {
        const reading = source(rules.ref(cell));
        const state = printed!.state[cell];
        if (reading.kind === "figure") {
          figures += 1;
          expect(state).toBe(reading.value === null ? CELL.nil : CELL.figure);
          expect(printed!.decimals[cell]).toBe(reading.decimals);
          expect(reading.value === null || printed!.value[cell] === reading.value).toBe(true);
        } else {
          expect(state).toBe(CELL.absent);
        }
      }
      expect(figures).toBeGreaterThan(100);
    }
  );

  it("hands out the readings compiled when no cell lies outside the tables, else a copy", () => {
    const own = compileRules(statement);
    expect(readFigures(own, datasetSources(statement).en!)).toBe(own.printed.en);
    const rules = compileRules(release);
    const read = readFigures(rules, datasetSources(release).en!);
    expect(read).not.toBe(rules.printed.en);
    expect(read.value.subarray(0, rules.cells.dense)).toEqual(rules.printed.en?.value);
    expect(read.state.length).toBe(rules.cells.dense + rules.cells.extra.length);
  });

  it("stores a figure, a nil dash and a number that is not finite", () => {
    const readings = emptyReadings(3);
    storeFigure(readings, 0, 7.2, 1);
    storeFigure(readings, 1, null, 0);
    storeFigure(readings, 2, Infinity, 0);
    expect(Array.from(readings.state)).toEqual([CELL.figure, CELL.nil, CELL.unusable]);
    expect(readings.value[0]).toBe(7.2);
    expect(readings.decimals[0]).toBe(1);
  });

  it.each(["round", "truncate"] as const)(
    "settles in bulk exactly the rules evaluateRule finds consistent, and marks the others (%s)",
    (mode) => {
      const rules = compileRules(release);
      for (const edition of ["en", "ja"] as const) {
        const source = datasetSources(release)[edition]!;
        const bit = EDITION_BIT[edition];
        const checked = new Int32Array(RULE_KINDS.length);
        const unsettled = new Uint8Array(rules.size);
        settleRules(
          rules,
          0,
          rules.size,
          readFigures(rules, source),
          bit,
          mode,
          checked,
          unsettled
        );
        const expected = new Int32Array(RULE_KINDS.length);
        let marked = 0;
        for (let i = 0; i < rules.size; i++) {
          const rule = rules.rule(i);
          if (rule.kind === "edition" || (rules.editions[i] & bit) === 0) {
            expect(unsettled[i]).toBe(0);
            continue;
          }
          const evaluation = evaluateRule(rule as Exclude<Rule, { kind: "edition" }>, source, mode);
          if (evaluation.status === "checked" && evaluation.severity === null) {
            expected[rules.kind[i]] += 1;
            expect(unsettled[i]).toBe(0);
          } else if (evaluation.status !== "absent") {
            marked += 1;
            expect(unsettled[i]).toBe(bit);
          }
        }
        expect(Array.from(checked)).toEqual(Array.from(expected));
        expect(marked).toBeGreaterThan(0);
      }
    }
  );
});
