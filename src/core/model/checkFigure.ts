import type { ValidationIssues } from "./validationIssues";

/** Texts that print a nil amount; the same set core/numbers reads as nil. */
export const NIL_DASHES: ReadonlyArray<string> = ["-", "—", "–", "―", "－", "‐"];

/**
 * Checks a reported figure: a text, a finite value or null (null exactly when the text is a nil
 * dash) and a non-negative integer number of decimals.
 *
 * @param issues - where violations go
 * @param value - the candidate
 * @param path - its path
 */
export function checkFigure(issues: ValidationIssues, value: unknown, path: string): void {
  const figure = issues.record(value, path);
  if (figure === undefined) {
    return;
  }
  const text = issues.text(figure.text, `${path}.text`);
  const v = figure.value;
  if (v !== null && (typeof v !== "number" || !Number.isFinite(v))) {
    issues.add(`${path}.value`, "expected a finite number or null");
  } else if (text !== undefined && (v === null) !== NIL_DASHES.includes(text)) {
    issues.add(
      `${path}.value`,
      `value must be null exactly when the text is a nil dash ('${text}')`
    );
  }
  const d = figure.decimals;
  if (typeof d !== "number" || !Number.isInteger(d) || d < 0) {
    issues.add(`${path}.decimals`, "expected a non-negative integer");
  }
}
