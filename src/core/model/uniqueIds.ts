import type { Fields, ValidationIssues } from "./validationIssues";

/**
 * Indexes records by their `id`, reporting a record that is not one, a missing id and a duplicate.
 *
 * @param issues - where violations go
 * @param items - the candidate records
 * @param path - their path ("tables[3].rows")
 * @param what - what they are, for the duplicate's message ("row")
 * @returns the records by id (the first of duplicates)
 */
export function uniqueIds(
  issues: ValidationIssues,
  items: ReadonlyArray<unknown>,
  path: string,
  what: string
): Map<string, Fields> {
  const byId = new Map<string, Fields>();
  items.forEach((item, i) => {
    const fields = issues.record(item, `${path}[${i}]`);
    const id = fields === undefined ? undefined : issues.text(fields.id, `${path}[${i}].id`);
    if (fields === undefined || id === undefined) {
      return;
    }
    if (byId.has(id)) {
      issues.add(`${path}[${i}].id`, `duplicate ${what} id '${id}'`);
    } else {
      byId.set(id, fields);
    }
  });
  return byId;
}
