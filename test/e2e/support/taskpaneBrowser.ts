import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium, installed on the machine and in CI. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Launches headless Chromium with nothing that talks to the network on its own.
 *
 * @returns the browser
 * @example
 * const browser = await launchChromium(); await browser.close();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
