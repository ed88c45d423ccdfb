import { VERDICT } from "../checks/kernel/Verdict";
import type { Support } from "./InferredRelation";

/**
 * Counts the consistent and the checkable cells of a verdict vector.
 *
 * @param verdicts - one kernel verdict code per row
 * @returns the support
 * @example
 * scoreVerdicts(Uint8Array.of(0, 1, 3)) //=> { consistent: 1, checkable: 2 }
 */
export function scoreVerdicts(verdicts: Uint8Array): Support {
  let consistent = 0;
  let checkable = 0;
  for (const v of verdicts) {
    if (v !== VERDICT.notCheckable) {
      checkable += 1;
      consistent += v === VERDICT.consistent ? 1 : 0;
    }
  }
  return { consistent, checkable };
}
