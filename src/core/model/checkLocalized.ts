import type { Fields, ValidationIssues } from "./validationIssues";

/**
 * Checks a `{ en, ja? }` text: `en` required, `ja` optional, both non-empty strings.
 *
 * @param issues - where violations go
 * @param value - the candidate
 * @param path - its path
 * @returns the object when it is one
 */
export function checkLocalized(
  issues: ValidationIssues,
  value: unknown,
  path: string
): Fields | undefined {
  const fields = issues.record(value, path);
  if (fields !== undefined) {
    issues.text(fields.en, `${path}.en`);
    if (fields.ja !== undefined) {
      issues.text(fields.ja, `${path}.ja`);
    }
  }
  return fields;
}
