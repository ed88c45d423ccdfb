import fc from "fast-check";
import { languageOf } from "../../../src/taskpane/settings/languageOf";
import { localStorageStore } from "../../../src/taskpane/settings/localStorageStore";
import { parseSettings } from "../../../src/taskpane/settings/parseSettings";
import type { TaskpaneSettings } from "../../../src/taskpane/settings/TaskpaneSettings";

const defaults: TaskpaneSettings = { mode: "round", highlightMinor: true, language: "en" };

describe("parseSettings", () => {
  it("reads stored JSON", () => {
    expect(
      parseSettings('{"mode":"truncate","highlightMinor":false,"language":"ja"}', defaults)
    ).toEqual({
      mode: "truncate",
      highlightMinor: false,
      language: "ja",
    });
  });

  it("keeps the defaults for missing or wrong fields", () => {
    expect(parseSettings({ mode: "ceiling", highlightMinor: "yes" }, defaults)).toEqual(defaults);
    expect(parseSettings("{not json", defaults)).toEqual(defaults);
    expect(parseSettings(null, defaults)).toEqual(defaults);
  });

  it("always gives complete, valid settings whatever was stored", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue(), fc.anything()), (stored) => {
        const s = parseSettings(stored, defaults);
        return (
          ["round", "truncate"].includes(s.mode) &&
          typeof s.highlightMinor === "boolean" &&
          ["en", "ja"].includes(s.language)
        );
      })
    );
  });
});

describe("languageOf", () => {
  it("picks Japanese for Japanese locales only", () => {
    expect(languageOf("ja-JP")).toBe("ja");
    expect(languageOf("ja")).toBe("ja");
    expect(languageOf("jv-ID")).toBe("en");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("")).toBe("en");
  });
});

describe("settings stores", () => {
  it("round-trips through a storage area", async () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    } as unknown as Storage;
    const store = localStorageStore(storage);
    await store.write({ mode: "truncate", highlightMinor: false, language: "ja" });
    expect(parseSettings(store.read(), defaults)).toEqual({
      mode: "truncate",
      highlightMinor: false,
      language: "ja",
    });
  });

  it("rejects saving where the browser has no storage", async () => {
    await expect(localStorageStore(null).write(defaults)).rejects.toThrow(/no storage/);
  });
});
