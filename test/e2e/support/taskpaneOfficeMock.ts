import type { Page } from "playwright-core";

/** What the mocked Excel recorded, read back with page.evaluate(() => window.__officeMock). */
export type OfficeMockLog = {
  readonly syncs: number;
  /** "Sheet!A1" for every range.select(). */
  readonly selected: string[];
  /** Sheets added, by name. */
  readonly added: string[];
  /** Formulas put into the selected cell. */
  readonly formulas: string[];
};

/**
 * The in-page fake: Office (ready as Excel, English, light theme, document settings in memory)
 * and Excel.run over a small workbook model. Worksheets hold the values written to them so the
 * adapter can read its sheets back; whatever the model does not know is accepted and ignored by
 * a permissive proxy, so the adapter's formatting calls need no fake of their own.
 */
function officeMockScript(): void {
  type AnyRecord = Record<string | symbol, unknown>;
  const log = {
    syncs: 0,
    selected: [] as string[],
    added: [] as string[],
    formulas: [] as string[],
  };
  (window as unknown as AnyRecord).__officeMock = log;

  const sink = (): unknown => {
    const fn = function () {
      return undefined;
    };
    return new Proxy(fn, {
      get: (_t, p) => {
        if (p === "then" || p === Symbol.toPrimitive) return undefined;
        if (p === "isNullObject") return false;
        if (p === "items") return [];
        if (p === "toJSON") return () => ({});
        return sink();
      },
      set: () => true,
      apply: () => sink(),
    });
  };
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get: (t, p) => {
        if (p in t) return (t as AnyRecord)[p];
        if (p === "then" || typeof p === "symbol") return undefined;
        return sink();
      },
      set: (t, p, v) => {
        (t as AnyRecord)[p] = v;
        return true;
      },
    });

  const colNumber = (letters: string): number =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const colLetters = (n: number): string => {
    let s = "";
    for (let c = n + 1; c > 0; c = Math.floor((c - 1) / 26))
      s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return s;
  };
  const parseCell = (a: string): [number, number] => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a) ?? ["", "A", "1"];
    return [Number(m[2]) - 1, colNumber(m[1])];
  };

  type Sheet = { name: string; cells: Map<string, unknown>; maxRow: number; maxCol: number };
  const sheets: Sheet[] = [];
  let active: Sheet | null = null;

  const makeRange = (sheet: Sheet, address: string): unknown => {
    const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
    const [from, to] = bare.split(":");
    const [r0, c0] = parseCell(from);
    const [r1, c1] = parseCell(to ?? from);
    const grid = (): unknown[][] => {
      const rows: unknown[][] = [];
      for (let r = r0; r <= r1; r++) {
        const row: unknown[] = [];
        for (let c = c0; c <= c1; c++) row.push(sheet.cells.get(`${r},${c}`) ?? "");
        rows.push(row);
      }
      return rows;
    };
    const range = {
      address: `${sheet.name}!${colLetters(c0)}${r0 + 1}:${colLetters(c1)}${r1 + 1}`,
      rowIndex: r0,
      columnIndex: c0,
      rowCount: r1 - r0 + 1,
      columnCount: c1 - c0 + 1,
      worksheet: null as unknown,
      load: () => range,
      select: () => {
        log.selected.push(`${sheet.name}!${bare}`);
        active = sheet;
      },
      getCell: (r: number, c: number) => makeRange(sheet, `${colLetters(c0 + c)}${r0 + r + 1}`),
      getResizedRange: (dr: number, dc: number) =>
        makeRange(sheet, `${colLetters(c0)}${r0 + 1}:${colLetters(c1 + dc)}${r1 + dr + 1}`),
    };
    Object.defineProperty(range, "values", {
      get: grid,
      set: (v: unknown[][]) => {
        v.forEach((row, i) =>
          row.forEach((value, j) => {
            sheet.cells.set(`${r0 + i},${c0 + j}`, value);
            sheet.maxRow = Math.max(sheet.maxRow, r0 + i);
            sheet.maxCol = Math.max(sheet.maxCol, c0 + j);
          })
        );
      },
    });
    Object.defineProperty(range, "formulas", {
      get: grid,
      set: (v: unknown[][]) => {
        log.formulas.push(String(v[0]?.[0]));
      },
    });
    Object.defineProperty(range, "text", { get: () => grid().map((row) => row.map(String)) });
    return wrap(range);
  };

  const makeSheet = (name: string): unknown => {
    const sheet: Sheet = { name, cells: new Map(), maxRow: -1, maxCol: -1 };
    sheets.push(sheet);
    log.added.push(name);
    const properties = new Map<string, string>();
    const api = {
      get name() {
        return sheet.name;
      },
      set name(v: string) {
        sheet.name = v;
      },
      isNullObject: false,
      load: () => api,
      activate: () => {
        active = sheet;
      },
      delete: () => {
        sheets.splice(sheets.indexOf(sheet), 1);
      },
      getRange: (address = "A1") => makeRange(sheet, address),
      getUsedRange: () =>
        makeRange(
          sheet,
          `A1:${colLetters(Math.max(sheet.maxCol, 0))}${Math.max(sheet.maxRow, 0) + 1}`
        ),
      getUsedRangeOrNullObject: () => api.getUsedRange(),
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) =>
        makeRange(sheet, `${colLetters(c)}${r + 1}:${colLetters(c + cols - 1)}${r + rows}`),
      customProperties: wrap({
        add: (key: string, value: string) => void properties.set(key, value),
        getItemOrNullObject: (key: string) =>
          wrap({
            isNullObject: !properties.has(key),
            key,
            value: properties.get(key) ?? "",
            load: () => undefined,
          }),
        get items() {
          return [...properties].map(([key, value]) => wrap({ key, value }));
        },
        load: () => undefined,
      }),
    };
    return wrap(api);
  };
  const sheetApi = new Map<Sheet, unknown>();
  const apiOf = (s: Sheet): unknown => sheetApi.get(s);
  const worksheets = wrap({
    add: (name: string) => {
      const api = makeSheet(name);
      sheetApi.set(sheets[sheets.length - 1], api);
      return api;
    },
    get items() {
      return sheets.map(apiOf);
    },
    load: () => worksheets,
    getItem: (name: string) => apiOf(sheets.find((s) => s.name === name) ?? sheets[0]),
    getItemOrNullObject: (name: string) => {
      const s = sheets.find((x) => x.name === name);
      return s === undefined ? wrap({ isNullObject: true, load: () => undefined }) : apiOf(s);
    },
    getActiveWorksheet: () => (active === null ? sheetApi.get(sheets[0]) : apiOf(active)),
  });
  const workbook = wrap({
    worksheets,
    getSelectedRange: () => {
      const sheet = active ?? sheets[0];
      if (sheet === undefined) {
        const s = makeSheet("Sheet1");
        sheetApi.set(sheets[sheets.length - 1], s);
      }
      return makeRange(active ?? sheets[0], "A1");
    },
  });
  const first = makeSheet("Sheet1");
  sheetApi.set(sheets[0], first);
  log.added.length = 0;
  const context = wrap({
    workbook,
    sync: async () => {
      log.syncs += 1;
    },
  });
  const settings = new Map<string, unknown>();
  const office = {
    onReady: async () => ({ host: "Excel", platform: "PC" }),
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: "en-US",
      officeTheme: { bodyBackgroundColor: "#FFFFFF" },
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (k: string) => settings.get(k) ?? null,
          set: (k: string, v: unknown) => void settings.set(k, v),
          remove: (k: string) => void settings.delete(k),
          saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
        },
      },
    },
  };
  const excel = new Proxy(
    { run: async (cb: (c: unknown) => unknown) => cb(context) },
    {
      get: (t, p) =>
        p in t
          ? (t as AnyRecord)[p]
          : typeof p === "symbol"
            ? undefined
            : new Proxy({}, { get: (_u, q) => String(q) }),
    }
  );
  Object.defineProperty(window, "Office", {
    value: wrap(office),
    writable: false,
    configurable: false,
  });
  Object.defineProperty(window, "Excel", { value: excel, writable: false, configurable: false });
}

/**
 * Installs the Office/Excel fake before the page's scripts run, and answers office.js (local or
 * CDN) with an empty script so the real library cannot replace the fake.
 *
 * @param page - a page not yet navigated
 * @example
 * await installOfficeMock(page); await page.goto(url);
 */
export async function installOfficeMock(page: Page): Promise<void> {
  await page.addInitScript(officeMockScript);
  await page.route(/office\.js(\?.*)?$/, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: "" })
  );
}
