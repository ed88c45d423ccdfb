import {
  divideIntervals,
  intervalGap,
  sumIntervals,
} from "../../../src/core/numbers/intervalArithmetic";
import { reportedInterval } from "../../../src/core/numbers/reportedInterval";
import { unitScale } from "../../../src/core/numbers/unitScale";

describe("reportedInterval", () => {
  it("stands for half a unit of the last digit either side when rounded", () => {
    const i = reportedInterval(7.2, 1, "round");
    expect(i.lo).toBeCloseTo(7.15, 12);
    expect(i.hi).toBeCloseTo(7.25, 12);
  });

  it("stands for [v, v+1) for positives and (v−1, v] for negatives when truncated", () => {
    expect(reportedInterval(315, 0, "truncate")).toEqual({ lo: 315, hi: 316 });
    expect(reportedInterval(-446, 0, "truncate")).toEqual({ lo: -447, hi: -446 });
  });
});

describe("interval arithmetic", () => {
  it("sums signed intervals", () => {
    expect(
      sumIntervals([
        { interval: { lo: 1, hi: 2 }, sign: 1 },
        { interval: { lo: 0.5, hi: 1 }, sign: -1 },
      ])
    ).toEqual({ lo: 0, hi: 1.5 });
  });

  it("divides by corner values and refuses a denominator around zero", () => {
    expect(divideIntervals({ lo: -2, hi: 1 }, { lo: 2, hi: 4 })).toEqual({ lo: -1, hi: 0.5 });
    expect(divideIntervals({ lo: 1, hi: 2 }, { lo: -0.5, hi: 0.5 })).toBeNull();
  });

  it("measures the gap between intervals, zero when they meet", () => {
    expect(intervalGap({ lo: 0, hi: 1 }, { lo: 1, hi: 2 })).toBe(0);
    expect(intervalGap({ lo: 3, hi: 4 }, { lo: 1, hi: 2 })).toBe(1);
  });
});

describe("unitScale", () => {
  it("converts between yen units and never between yen and dollars", () => {
    expect(unitScale("JPY millions", "JPY thousands")).toBe(1000);
    expect(unitScale("JPY thousands", "JPY millions")).toBe(0.001);
    expect(unitScale("JPY thousands", "USD thousands")).toBeNull();
    expect(unitScale("Gbps", "JPY")).toBeNull();
  });
});
