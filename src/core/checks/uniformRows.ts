import { RECOMPUTE } from "./CompiledRules";
import { KIND } from "./RuleBuilder";
import { ROW } from "../model/TableRows";

const EDITION_KIND = KIND.edition;
const EDITION_RECOMPUTE = RECOMPUTE.edition;
const HEADING = ROW.heading;

/**
 * columnRules' loop from row `from`, over typed arrays and numbers only (no object of one
 * compilation reaches it, so its optimised code holds from one compilation to the next):
 * writes the uniform rows' rules at rule at[0], each of the column's shape (no operand listed:
 * operand at[1] stays), marks the cells they read, advances at[0], and returns the first odd
 * row it meets (its target marked used), or n.
 *
 * @param flags - the table's rows' ROW bits
 * @param en - which cells the English edition prints a figure in
 * @param ja - which cells the Japanese edition prints a figure in (or `en` again)
 * @param used - the cells any rule reads, marked here
 * @param kinds - the builder's `kind`
 * @param recomputes - the builder's `recompute`
 * @param editionsOf - the builder's `editions`
 * @param targets - the builder's `target`
 * @param start - the builder's `start`
 * @param shapes - the builder's `shape`
 * @param at - the next rule and operand, at[0] advanced here
 * @param from - the first row to read
 * @param n - the table's number of rows
 * @param top - the column's cell in row 0
 * @param width - the table's number of columns
 * @param kind - the column's rule kind (`Uniform`)
 * @param recompute - its recomputation
 * @param editions - the EDITION_BITs the table is printed in
 * @param operands - 0, 1 or 2
 * @param offA - the first operand's offset from the target
 * @param offB - the second's, where `whole` is −1
 * @param whole - a share's fixed whole, or −1
 * @param shape - the column's shape (`RuleShapes`)
 * @param odd - the ROW bits of the rows handed back
 * @param both - 1 where the table is printed in both editions (an edition rule per figure)
 * @returns the first odd row from `from`, or n
 */
export function uniformRows(
  flags: Uint8Array,
  en: Uint8Array,
  ja: Uint8Array,
  used: Uint8Array,
  kinds: Uint8Array,
  recomputes: Uint8Array,
  editionsOf: Uint8Array,
  targets: Int32Array,
  start: Int32Array,
  shapes: Uint16Array,
  at: Int32Array,
  from: number,
  n: number,
  top: number,
  width: number,
  kind: number,
  recompute: number,
  editions: number,
  operands: number,
  offA: number,
  offB: number,
  whole: number,
  shape: number,
  odd: number,
  both: number
): number {
  let i = at[0];
  const k = at[1];
  let r = from;
  for (let target = top + r * width; r < n; r++, target += width) {
    const flag = flags[r];
    if ((flag & HEADING) !== 0 || (en[target] === 0 && ja[target] === 0)) {
      continue;
    }
    used[target] = 1;
    if ((flag & odd) !== 0) {
      break;
    }
    if (operands !== 0) {
      kinds[i] = kind;
      recomputes[i] = recompute;
      editionsOf[i] = editions;
      targets[i] = target;
      start[i] = k;
      shapes[i] = shape;
      used[target + offA] = 1;
      if (operands === 2) {
        used[whole >= 0 ? whole : target + offB] = 1;
      }
      i += 1;
    }
    if (both === 1) {
      kinds[i] = EDITION_KIND;
      recomputes[i] = EDITION_RECOMPUTE;
      editionsOf[i] = editions;
      targets[i] = target;
      start[i] = k;
      i += 1;
    }
  }
  at[0] = i;
  return r;
}
