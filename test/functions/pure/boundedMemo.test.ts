import fc from "fast-check";
import { boundedMemo, isMemoKey } from "../../../src/functions/pure/boundedMemo";

describe("boundedMemo", () => {
  it("remembers a result by its arguments", () => {
    const memo = boundedMemo<number>(10);
    memo.set("Total revenues", "4Q02", undefined, undefined, 13_036_439);
    expect(memo.get("Total revenues", "4Q02")).toBe(13_036_439);
    expect(memo.get("Total revenues", "3Q02")).toBeUndefined();
  });

  it("tells 2002 from '2002'", () => {
    const memo = boundedMemo<string>(10);
    memo.set(2002, undefined, undefined, undefined, "number");
    expect(memo.get("2002")).toBeUndefined();
  });

  it("never holds more than its limit, whatever is stored", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.oneof(fc.string(), fc.integer())), { maxLength: 300 }),
        (keys) => {
          const memo = boundedMemo<number>(50);
          keys.forEach(([a, b], i) => memo.set(a, b, undefined, undefined, i));
          expect(memo.size()).toBeLessThanOrEqual(50);
        }
      )
    );
  });

  it("keys on primitives only", () => {
    expect(isMemoKey("4Q02")).toBe(true);
    expect(isMemoKey(undefined)).toBe(true);
    expect(isMemoKey([["4Q02"]])).toBe(false);
  });
});
