import fc from "fast-check";
import { buildIndex } from "../../src/core/model/buildIndex";
import type { WorkbookPlan } from "../../src/core/layout/WorkbookPlan";
import { dataset } from "../../src/data";
import type { ExcelDeps } from "../../src/excel/ExcelDeps";
import { WorkbookError } from "../../src/excel/errors";
import { loadRelease } from "../../src/excel/loadRelease";
import { releaseDeps } from "../../src/excel/releaseDeps";
import type { LoadOptions } from "../../src/excel/WorkbookActions";
import { type FakeContext, fakeRunner } from "./support/FakeContext";
import {
  addUserSheet,
  emptyWorkbook,
  type FakeFailures,
  FakeOfficeError,
  type SheetState,
  type WorkbookState,
} from "./support/fakeState";
import { sampleDeps, samplePlan } from "./support/samplePlan";

const options: LoadOptions = { edition: "en", mode: "round", highlightMinor: true };
const TEMPORARY = /^~IIJ loading \d+$/i;
const CODES = [
  "GeneralException",
  "AccessDenied",
  "ResourceLimitReached",
  "RequestAborted",
  "ItemAlreadyExists",
  "Timeout",
  "SomethingExcelNeverSaid",
];

/** A workbook as a user may have it before a load. */
type Shape = {
  readonly previousLoad: boolean;
  readonly userSheets: ReadonlyArray<{
    readonly name: string;
    readonly values: ReadonlyArray<ReadonlyArray<string | number>>;
    readonly locked: boolean;
  }>;
  readonly structureProtected: boolean;
  /** Sheets that still fit beyond those present, or null for no limit. */
  readonly room: number | null;
  readonly failure: { readonly op: string; readonly code: string } | null;
};

/** Names that clash with the plan's, in other cases and with suffixes, plus the loader's own. */
function clashingName(planned: ReadonlyArray<string>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...planned),
    fc.constantFrom(...planned).map((n) => n.toUpperCase()),
    fc.constantFrom(...planned).map((n) => n.toLowerCase()),
    fc.constantFrom(...planned).map((n) => `${n} (2)`),
    fc.constantFrom("~IIJ loading 1", "~iij LOADING 2", "Sheet1", "Data"),
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}$/)
  );
}

function shapes(planned: ReadonlyArray<string>, writeOps: ReadonlyArray<string>) {
  return fc.record<Shape>({
    previousLoad: fc.boolean(),
    userSheets: fc.uniqueArray(
      fc.record({
        name: clashingName(planned),
        values: fc.array(
          fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), {
            minLength: 1,
            maxLength: 3,
          }),
          { minLength: 1, maxLength: 3 }
        ),
        locked: fc.boolean(),
      }),
      { maxLength: 6, selector: (s) => s.name.toLocaleUpperCase() }
    ),
    structureProtected: fc.constantFrom(false, false, false, true),
    room: fc.option(fc.integer({ min: 0, max: planned.length + 1 }), { nil: null }),
    failure: fc.option(
      fc.record({ op: fc.constantFrom(...writeOps), code: fc.constantFrom(...CODES) }),
      { nil: null }
    ),
  });
}

/**
 * A runner over the typed fake in which the user's locked (protected) sheets refuse any change,
 * as Excel refuses writes to a protected sheet: a sync that changed one fails with AccessDenied.
 */
function withLockedSheets(
  state: WorkbookState,
  locked: ReadonlySet<number>,
  failures: FakeFailures
): ExcelDeps["run"] {
  const runner = fakeRunner(state, failures);
  const snapshot = () =>
    JSON.stringify(state.sheets.filter((s) => locked.has(s.id)).map((s) => [s.id, s]));
  return (batch) =>
    runner.run((context) => {
      const fake = context as unknown as FakeContext;
      const sync = fake.sync.bind(fake);
      fake.sync = async () => {
        const before = snapshot();
        await sync();
        if (snapshot() !== before) {
          throw new FakeOfficeError("AccessDenied", "A protected sheet was changed.");
        }
      };
      return batch(context);
    });
}

/** The operations of a load into an empty workbook, to fail one of them. */
async function writeOpsOf(deps: (run: ExcelDeps["run"]) => ExcelDeps): Promise<string[]> {
  const { run, contexts } = fakeRunner(emptyWorkbook());
  await loadRelease(deps(run), options);
  return [...new Set(contexts.flatMap((c) => c.calls.map((call) => call.op)))];
}

async function loadInto(shape: Shape, deps: (run: ExcelDeps["run"]) => ExcelDeps): Promise<string> {
  const state = emptyWorkbook();
  if (shape.previousLoad) {
    await loadRelease(deps(fakeRunner(state).run), options);
  }
  const owned = new Set(state.sheets.map((s) => s.id));
  const locked = new Set<number>();
  for (const sheet of shape.userSheets) {
    if (state.sheets.some((s) => s.name.toLocaleUpperCase() === sheet.name.toLocaleUpperCase())) {
      continue; // Excel would not have let the user make it.
    }
    const added = addUserSheet(state, sheet.name, sheet.values);
    if (sheet.locked) {
      locked.add(added.id);
    }
  }
  state.protected = shape.structureProtected;
  const before = structuredClone(state);
  const userSheets = before.sheets.filter((s) => !owned.has(s.id));
  const failures: FakeFailures = {
    ...(shape.room === null ? {} : { sheetLimit: before.sheets.length + shape.room }),
    ...(shape.failure === null ? {} : { failAtSync: { sync: 2, ...shape.failure } }),
  };
  const outcome = await loadRelease(deps(withLockedSheets(state, locked, failures)), options).then(
    (result) => ({ ok: true as const, result }),
    (error: unknown) => ({ ok: false as const, error })
  );

  // No user cell changed: every sheet the user had is there, under its name, as it was.
  const byId = new Map(state.sheets.map((s) => [s.id, s]));
  expect(userSheets.filter((s) => JSON.stringify(byId.get(s.id)) !== JSON.stringify(s))).toEqual(
    []
  );
  // No partial sheet: nothing under a loading name that the user did not make.
  const temporary = (s: SheetState) =>
    TEMPORARY.test(s.name) && !userSheets.some((u) => u.id === s.id);
  expect(state.sheets.filter(temporary).map((s) => s.name)).toEqual([]);

  if (outcome.ok) {
    const names = state.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([...outcome.result.sheets]));
    expect(shape.structureProtected).toBe(false);
    return "loaded";
  }
  {
    // A clear message each time: what happened and what to do, never Excel's raw error.
    expect(outcome.error).toBeInstanceOf(WorkbookError);
    const message = (outcome.error as WorkbookError).message;
    expect(message.length).toBeGreaterThan(40);
    expect(message).not.toMatch(/Injected failure|undefined|\[object/);
    // A failed load adds no sheet.
    expect(
      state.sheets.map((s) => s.id).filter((id) => !before.sheets.some((s) => s.id === id))
    ).toEqual([]);
    return (outcome.error as WorkbookError).kind;
  }
}

describe("loading into randomised existing workbooks (typed fake)", () => {
  const sample = (run: ExcelDeps["run"]) => sampleDeps(run, samplePlan(2));
  const plannedSample = samplePlan(2).sheets.map((s) => s.name);

  it("never changes a user's sheet, leaves no partial sheet and explains every failure", async () => {
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(shapes(plannedSample, await writeOpsOf(sample)), async (shape) => {
        const outcome = await loadInto(shape, sample);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }),
      { numRuns: 300 }
    );
    // The shapes reach every path: loads, protection, the sheet limit and half-way failures.
    expect([...outcomes.keys()]).toEqual(
      expect.arrayContaining(["loaded", "protected", "sheetLimit", "failed", "connection"])
    );
  });

  it.each(["worksheet.name", "names.add", "settings.add", "worksheet.activate"])(
    "leaves no sheet behind when the write fails at %s, after the sheets got their names",
    async (op) => {
      // A previous load's sheets are replaced: the new ones are renamed in the last request (a
      // first load names them finally from the start, and renames nothing).
      const shape: Shape = {
        previousLoad: true,
        userSheets: [],
        structureProtected: false,
        room: null,
        failure: { op, code: "GeneralException" },
      };
      expect(await loadInto(shape, sample)).toBe("failed");
    }
  );

  it("does the same with the release's own plan", async () => {
    const index = buildIndex(dataset);
    const release = (run: ExcelDeps["run"]) => releaseDeps(index, run, () => true);
    const plan: WorkbookPlan = release(fakeRunner(emptyWorkbook()).run).buildPlan(options);
    const ops = await writeOpsOf(release);
    await fc.assert(
      fc.asyncProperty(
        shapes(
          plan.sheets.map((s) => s.name),
          ops
        ),
        async (shape) => {
          await loadInto(shape, release);
        }
      ),
      { numRuns: 40 }
    );
  });
});
