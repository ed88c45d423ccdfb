import type { Severity } from "../../checks/Severity";
import { bool, call, type Expr, text } from "./Expr";
import type { RuleFormula } from "./ruleFormula";

function guarded(f: RuleFormula, inner: Expr, otherwise: Expr): Expr {
  // Nested IFs, not AND: Excel and LibreOffice both skip the branch not taken, so a text or an
  // error in a cell never reaches the arithmetic and the formula never yields an error value.
  const checkable =
    f.conditions.length === 0 ? inner : call("IF", call("AND", ...f.conditions), inner, otherwise);
  return call(
    "IF",
    call("AND", ...f.numbers.map((n) => call("ISNUMBER", n))),
    checkable,
    otherwise
  );
}

/**
 * The conditional-format formula of one severity: TRUE exactly when the engine would report a
 * finding of that severity on the target, FALSE otherwise (also when not checkable).
 *
 * @param f - the rule's formulas
 * @param severity - major (red) or minor (amber)
 * @returns the formula
 * @example
 * renderFormula(highlightExpr(f, "major"), "Operations (Quarterly)") // "IF(AND(ISNUMBER(D8),…),…,FALSE)"
 */
export function highlightExpr(f: RuleFormula, severity: Severity): Expr {
  return guarded(f, call("AND", f.finding, severity === "major" ? f.far : f.near), bool(false));
}

/**
 * A formula that names the verdict in words: major, minor, consistent or not checkable.
 *
 * @param f - the rule's formulas
 * @param words - the four words, in the sheet's language
 * @returns the formula
 * @example
 * renderFormula(verdictExpr(f, words), "Claims") // "IF(AND(ISNUMBER(E5),…),IF(…,"major",…),"not checkable")"
 */
export function verdictExpr(
  f: RuleFormula,
  words: { readonly [K in Severity | "consistent" | "notCheckable"]: string }
): Expr {
  const verdict = call(
    "IF",
    f.finding,
    call("IF", f.far, text(words.major), text(words.minor)),
    text(words.consistent)
  );
  return guarded(f, verdict, text(words.notCheckable));
}
