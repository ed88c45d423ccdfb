import fc from "fast-check";
import { alignSequences } from "../../src/excel/alignSequences";

describe("alignSequences", () => {
  it("pairs every planned label when the user only inserted rows among them", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("", "My comment", "=SUM(B2:B4)"))),
        (planned, inserted) => {
          const current = [...planned];
          for (const [at, text] of inserted) {
            current.splice(at % (current.length + 1), 0, text);
          }
          const pairs = alignSequences(planned, current);
          // Inserted texts are longer than any planned label: every label is still found.
          expect(pairs.size).toBe(planned.length);
          planned.forEach((label, i) => {
            if (pairs.has(i)) expect(current[pairs.get(i)!]).toBe(label);
          });
          const order = [...pairs].sort((a, b) => a[0] - b[0]).map(([, j]) => j);
          expect(order).toEqual([...order].sort((a, b) => a - b));
        }
      )
    );
  });

  it("leaves a deleted label unpaired and keeps the rest, duplicates in order", () => {
    const planned = ["Other", "Total", "Cash", "Other", "Total"];
    const current = ["", "Other", "Total", "Other", "mine", "Total"];
    expect([...alignSequences(planned, current)]).toEqual([
      [0, 1],
      [1, 2],
      [3, 3],
      [4, 5],
    ]);
  });

  it("never pairs a planned item without a key", () => {
    expect(alignSequences([null, "a"], ["", "a"]).has(0)).toBe(false);
  });
});
