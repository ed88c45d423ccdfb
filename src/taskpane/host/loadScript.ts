/**
 * Adds a classic script to the page and settles when it has run or failed to load. The URL is
 * resolved against the page, so it stays on the add-in's own origin (the CSP allows 'self').
 *
 * @param src - the script, relative to the page (e.g. "functions.js")
 * @param doc - the document (tests pass jsdom's)
 * @returns when the script ran
 * @example
 * await loadScript("functions.js", document);
 */
export function loadScript(src: string, doc: Document): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.src = new URL(src, doc.baseURI).href;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${script.src} did not load.`));
    doc.head.appendChild(script);
  });
}
