/** @jest-environment jsdom */
import { loadScript } from "../../../src/taskpane/host/loadScript";

function lastScript(): HTMLScriptElement {
  const scripts = document.head.querySelectorAll("script");
  return scripts[scripts.length - 1];
}

describe("loadScript", () => {
  it("adds the script resolved against the page and settles when it has run", async () => {
    const loaded = loadScript("functions.js", document);
    const script = lastScript();
    expect(script.src).toBe(new URL("functions.js", document.baseURI).href);
    script.dispatchEvent(new Event("load"));
    await expect(loaded).resolves.toBeUndefined();
  });

  it("rejects with the script's address when it fails to load", async () => {
    const loaded = loadScript("missing.js", document);
    lastScript().dispatchEvent(new Event("error"));
    await expect(loaded).rejects.toThrow(/missing\.js did not load\./);
  });
});
