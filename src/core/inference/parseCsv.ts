/** A CSV read into rows of fields, or why it could not be read. */
export type CsvResult =
  | { readonly ok: true; readonly rows: string[][] }
  | { readonly ok: false; readonly message: string };

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Reads comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas,
 * line breaks and doubled quotes; lines end in CRLF or LF; a byte-order mark is dropped.
 *
 * @param text - the file's text
 * @returns the rows, or a message naming the line of an unterminated quote
 * @example
 * parseCsv('a,"b,""c"""\r\n1,2') //=> { ok: true, rows: [["a", 'b,"c"'], ["1", "2"]] }
 */
export function parseCsv(text: string): CsvResult {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  if (i >= n) {
    return { ok: true, rows };
  }
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      const opened = line;
      let parts = "";
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) {
          return { ok: false, message: `a quoted field opened on line ${opened} never closes` };
        }
        parts += text.slice(from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          parts += '"';
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      for (const c of parts) {
        line += c === "\n" ? 1 : 0;
      }
      // Text after the closing quote up to the separator is kept, as spreadsheets do.
      let end = i;
      while (
        end < n &&
        text.charCodeAt(end) !== COMMA &&
        text.charCodeAt(end) !== LF &&
        text.charCodeAt(end) !== CR
      ) {
        end += 1;
      }
      field = parts + text.slice(i, end);
      i = end;
    } else {
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === COMMA || c === LF || c === CR) {
          break;
        }
        end += 1;
      }
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      return { ok: true, rows };
    }
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i += 1;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line += 1;
    rows.push(row);
    row = [];
    if (i >= n) {
      return { ok: true, rows };
    }
  }
}
