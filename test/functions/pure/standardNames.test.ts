import { buildIndex } from "../../../src/core/model/buildIndex";
import { findItem } from "../../../src/core/model/findItem";
import { normalizeName } from "../../../src/core/model/normalizeName";
import { validateDataset } from "../../../src/core/model/validateDataset";
import { dataset } from "../../../src/data";
import { createFunctionsCore } from "../../../src/functions/pure/functionsCore";
import { functionsContext } from "../../../src/functions/pure/FunctionsContext";
import { valueOf } from "../../../src/functions/pure/valueOf";

const index = buildIndex(dataset);
const context = functionsContext(index);
const f = createFunctionsCore(index);
const catalogue = Object.entries(dataset.standardNames ?? {});
const names = catalogue.flatMap(([id, { en, ja }]) => [...en, ...ja].map((name) => ({ id, name })));

/** Every name an item answers to: its id, labels, aliases and standard names, normalized. */
function namesOf(id: string): Set<string> {
  const rows = (index.items.get(id) ?? []).map((p) => p.row);
  const standard = dataset.standardNames?.[id];
  return new Set(
    [
      id,
      ...rows.flatMap((r) => [r.label.en, r.label.ja ?? "", ...(r.aliases ?? [])]),
      ...(standard?.en ?? []),
      ...(standard?.ja ?? []),
    ].map(normalizeName)
  );
}

describe("standard names", () => {
  test("the catalogue names the concepts analysts ask for, in both languages", () => {
    expect(names.length).toBeGreaterThan(200);
    for (const [id, { en, ja }] of catalogue) {
      expect({ id, en: en.length > 0, ja: ja.length > 0 }).toEqual({ id, en: true, ja: true });
    }
  });

  test("every name of the catalogue finds its item, and the item answers to that name", () => {
    for (const { id, name } of names) {
      const found = findItem(index, name);
      expect({ name, ids: found.ok ? found.ids : [] }).toEqual({
        name,
        ids: expect.arrayContaining([id]),
      });
      for (const other of found.ok ? found.ids : []) {
        expect({ name, other, answers: namesOf(other).has(normalizeName(name)) }).toEqual({
          name,
          other,
          answers: true,
        });
      }
    }
  });

  test("no name is declared twice for one item", () => {
    for (const [id, { en, ja }] of catalogue) {
      const keys = [...en, ...ja].map(normalizeName);
      expect({ id, repeated: keys.filter((k, i) => keys.indexOf(k) !== i) }).toEqual({
        id,
        repeated: [],
      });
    }
  });

  test("a name answers one figure per period, or is refused with every candidate listed", () => {
    for (const { name } of names) {
      const found = findItem(index, name);
      const ids = found.ok ? found.ids : [];
      for (const period of dataset.periods) {
        const answer = valueOf(context, { item: name, period: period.id, edition: "en" });
        if (answer.ok || answer.code === "notAvailable") {
          continue;
        }
        for (const id of ids.filter((i) => index.amounts.has(`${i}|${period.id}`))) {
          expect({ name, period: period.id, lists: answer.message.includes(id) }).toEqual({
            name,
            period: period.id,
            lists: true,
          });
        }
      }
    }
  });

  test("both everyday spellings of net income answer the release's net loss (JPY thousands, as printed)", () => {
    const printed = index.amounts.get("net_loss|FY2002")?.[0];
    const figure = printed?.table.figures.en?.[printed.row.id]?.[printed.columnIndex];
    expect(figure?.text).toBe("(9,323,735)");
    for (const name of ["Net income", "当期純損失", "net profit", "純利益"]) {
      expect(f.VALUE(name, "FY2002")).toEqual({ ok: true, value: -9323735 });
    }
  });

  test("売上高合計 answers the quarter's total revenues", () => {
    expect(f.VALUE("売上高合計", "4Q02")).toEqual({ ok: true, value: 13036439 });
    expect(f.VALUE("Sales", "4Q02")).toEqual(f.VALUE("revenues.total", "4Q02"));
  });

  test("a name shared by items with different figures is refused with the candidates", () => {
    const answer = f.VALUE("Depreciation", "4Q02");
    expect(answer.ok).toBe(false);
    expect(answer.ok ? "" : answer.message).toContain("operating.depreciation_amortization");
    expect(answer.ok ? "" : answer.message).toContain("ebitda.depreciation_amortization");
  });

  test("a standard name that names no item of the release is a dataset violation", () => {
    const broken = { ...dataset, standardNames: { "no.such_item": { en: ["X"], ja: [""] } } };
    expect(validateDataset(broken)).toEqual([
      "standardNames.no.such_item: unknown item 'no.such_item'",
      expect.stringContaining("standardNames.no.such_item.ja[0]"),
    ]);
  });
});
