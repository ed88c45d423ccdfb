import { createWorkbookActions } from "../../../src/excel/createWorkbookActions";
import { LOAD_RECORD_SETTING, parseLoadRecord } from "../../../src/excel/loadRecord";
import { detectHost } from "../../../src/taskpane/host/detectHost";
import { parseSettings } from "../../../src/taskpane/settings/parseSettings";
import {
  SETTINGS_KEY,
  type TaskpaneSettings,
} from "../../../src/taskpane/settings/TaskpaneSettings";
import { workbookSettingsStore } from "../../../src/taskpane/settings/workbookSettingsStore";
import { fakeRunner } from "../../excel/support/FakeContext";
import { emptyWorkbook, type WorkbookState } from "../../excel/support/fakeState";
import { sampleDeps } from "../../excel/support/samplePlan";
import { testHost } from "../support/taskpaneFixture";

const defaults: TaskpaneSettings = { mode: "round", highlightMinor: true, language: "en" };
const changed: TaskpaneSettings = { mode: "truncate", highlightMinor: false, language: "ja" };

/**
 * Office.context.document.settings as Microsoft documents it: an in-memory copy of the workbook's
 * settings taken when the page started, which saveAsync writes back whole over what is stored.
 */
function documentSettings(state: WorkbookState): Office.Settings {
  const copy = new Map(Object.entries(state.settings));
  return {
    get: (key: string) => copy.get(key) ?? null,
    set: (key: string, value: unknown) => void copy.set(key, value),
    remove: (key: string) => void copy.delete(key),
    saveAsync: (callback?: (result: { status: string }) => void) => {
      state.settings = Object.fromEntries(copy);
      callback?.({ status: "succeeded" });
    },
  } as unknown as Office.Settings;
}

/** The task pane's host inside Excel over a fake workbook, with both settings APIs present. */
async function excelHostOver(state: WorkbookState, run: ReturnType<typeof fakeRunner>["run"]) {
  const office = {
    onReady: async () => ({ host: "Excel", platform: "PC" }),
    context: {
      displayLanguage: "en-US",
      officeTheme: { bodyBackgroundColor: "#FFFFFF" },
      document: { settings: documentSettings(state) },
    },
  } as unknown as typeof Office;
  const { host } = await detectHost(
    { Office: office, Excel: { run }, location: { search: "?_host_Info=Excel$Win32$16.01$en-US" } },
    testHost("excel").services
  );
  expect(host.kind).toBe("excel");
  return host;
}

describe("the task pane's settings inside Excel", () => {
  it.each(["load, then change a setting", "change a setting, then load"])(
    "keep the load record and the settings whatever the order (%s)",
    async (order) => {
      const state = emptyWorkbook();
      const { run } = fakeRunner(state);
      const host = await excelHostOver(state, run);
      const actions = createWorkbookActions(sampleDeps(run));
      const load = () =>
        actions.loadRelease({ edition: "en", mode: "round", highlightMinor: true });
      if (order.startsWith("load")) {
        await load();
        await host.settingsStore.write(changed);
      } else {
        await host.settingsStore.write(changed);
        await load();
      }
      expect(parseSettings(state.settings[SETTINGS_KEY], defaults)).toEqual(changed);
      // The user changes a setting once more, after both.
      await host.settingsStore.write(defaults);
      expect(parseLoadRecord(state.settings[LOAD_RECORD_SETTING])).toMatchObject({
        edition: "en",
        highlighted: true,
      });
      // A pane opened again reads what was written last.
      const reopened = await excelHostOver(state, run);
      expect(parseSettings(reopened.settingsStore.read(), changed)).toEqual(defaults);
    }
  );
});

describe("workbookSettingsStore", () => {
  it("writes only when the settings changed (each write clears Excel's undo list)", async () => {
    const state = emptyWorkbook();
    const runner = fakeRunner(state);
    const writes = () => runner.contexts.flatMap((c) => c.callsOf("settings.add")).length;
    const store = await workbookSettingsStore(runner.run);
    await store.write(changed);
    await store.write(changed);
    expect(writes()).toBe(1);
    const reopened = await workbookSettingsStore(runner.run);
    await reopened.write(changed);
    expect(writes()).toBe(1);
    await reopened.write(defaults);
    expect(writes()).toBe(2);
    expect(parseSettings(state.settings[SETTINGS_KEY], changed)).toEqual(defaults);
  });

  it("reports Excel's failure to write, and writes again on the next change", async () => {
    const state = emptyWorkbook();
    const runner = fakeRunner(state);
    let fail = true;
    const run: typeof runner.run = async (batch) => {
      if (fail) {
        throw new Error("The workbook is read-only.");
      }
      return runner.run(batch);
    };
    const store = await workbookSettingsStore(run);
    expect(store.read()).toBeNull();
    await expect(store.write(changed)).rejects.toThrow("read-only");
    fail = false;
    await store.write(changed);
    expect(parseSettings(state.settings[SETTINGS_KEY], defaults)).toEqual(changed);
  });
});
