/**
 * Bytes an Office.js call adds to a request body besides its arguments: the action and the
 * object paths it creates, each a small JSON object ({"Id":12,"ActionType":4,"Name":"Formula",
 * "ObjectPathId":11,...}). Measured with Microsoft's serializer (test/excel/officeJs): 60 to 140
 * bytes; the larger is taken so an estimate never falls short.
 */
export const BYTES_PER_CALL = 140;

/**
 * An upper estimate of what queued calls add to a request body: their arguments as JSON (the
 * serializer's own form: escapes and non-ASCII text counted in UTF-8) plus each call's overhead.
 *
 * @param calls - how many actions and object paths the calls create
 * @param args - the arguments they carry
 * @returns bytes
 * @example
 * estimateBytes(2, ["=A1>1"]) //=> 289
 */
export function estimateBytes(calls: number, args: ReadonlyArray<unknown>): number {
  const text = JSON.stringify(args);
  return calls * BYTES_PER_CALL + new TextEncoder().encode(text).length;
}
