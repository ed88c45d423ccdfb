import fc from "fast-check";
import { BYTES_PER_CALL, estimateBytes } from "../../src/excel/estimateBytes";

describe("estimateBytes", () => {
  it("counts the arguments' JSON in UTF-8 bytes, as the request body carries them", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.double())
        ),
        (args) => {
          const encoded = new TextEncoder().encode(JSON.stringify(args)).length;
          expect(estimateBytes(0, args)).toBe(encoded);
        }
      )
    );
  });

  it("adds each call's overhead", () => {
    expect(estimateBytes(3, ["日本"]) - estimateBytes(0, ["日本"])).toBe(3 * BYTES_PER_CALL);
  });
});
