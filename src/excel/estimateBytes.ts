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
  return calls * BYTES_PER_CALL + utf8Length(JSON.stringify(args));
}

/** The length of a text in UTF-8, counted without encoding it (JSON has no lone surrogates). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // One byte each is counted; a code unit from U+0080 adds one, from U+0800 two; a surrogate
    // pair (two code units, four bytes) adds one each.
    if (code >= 0x80) {
      bytes += code < 0x800 ? 1 : code >= 0xd800 && code <= 0xdfff ? 1 : 2;
    }
  }
  return bytes;
}
