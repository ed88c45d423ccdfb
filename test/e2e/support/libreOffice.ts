import { spawn } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

/** Where LibreOffice is installed on this machine and on CI. */
export const SOFFICE = "/usr/bin/soffice";

// LibreOffice 7.4 trusts cached formula results in .xlsx by default; this profile makes it
// recalculate every formula on load (0 = always), which is what the proof is about.
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Converts a workbook with a headless LibreOffice of its own: a fresh profile (recalculate on
 * load), a copy of the file in a fresh folder (a lock file left by a killed run cannot make a
 * later load fail silently), and the whole process group stopped at the end or on timeout.
 *
 * @param workbook - the .xlsx file
 * @param format - "html" or "pdf"
 * @param timeoutMs - how long LibreOffice may take
 * @returns the path of the converted file
 */
export async function convertWithLibreOffice(
  workbook: string,
  format: "html" | "pdf",
  timeoutMs = 90_000
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "iij-lo-"));
  const profile = join(dir, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), PROFILE);
  const input = join(dir, basename(workbook));
  copyFileSync(workbook, input);
  const outdir = join(dir, "out");
  const child = spawn(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--nologo",
      "--convert-to",
      format,
      "--outdir",
      outdir,
      input,
    ],
    { detached: true, stdio: ["ignore", "pipe", "pipe"] }
  );
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const stopGroup = () => {
    try {
      if (child.pid !== undefined) {
        process.kill(-child.pid, "SIGKILL");
      }
    } catch {
      // The group has already exited: nothing left to stop.
    }
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        stopGroup();
        reject(new Error(`LibreOffice took longer than ${timeoutMs} ms: ${output}`));
      }, timeoutMs);
      child.on("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      child.on("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
  } finally {
    stopGroup();
  }
  const converted = join(outdir, basename(workbook).replace(/\.xlsx$/, `.${format}`));
  if (!existsSync(converted)) {
    throw new Error(`LibreOffice wrote no ${format}: ${output}`);
  }
  return converted;
}

/** One cell of a sheet as LibreOffice's HTML export shows it after recalculation. */
export type CalcCell = {
  /** The effective background (conditional formats applied), upper-case hex without "#". */
  readonly background: string | null;
  /** The raw value of a number cell. */
  readonly value: number | null;
  readonly text: string;
};

function unescape(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
}

/**
 * Reads LibreOffice's HTML export of a workbook: per sheet name, its rows of cells, from A1.
 *
 * @param path - the .html file
 * @returns the sheets
 */
export function readCalcHtml(path: string): Map<string, CalcCell[][]> {
  const html = readFileSync(path, "utf8");
  const sheets = new Map<string, CalcCell[][]>();
  const parts = html.split(/<h1>Sheet \d+: <em>/i).slice(1);
  for (const part of parts) {
    const name = unescape(part.slice(0, part.indexOf("</em>")));
    const table = part.slice(part.indexOf("<table"), part.indexOf("</table>"));
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
      [...tr[1].matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)].map((td) => {
        const attributes = td[1];
        const bg = /bgcolor="#([0-9A-Fa-f]{6})"/.exec(attributes);
        const sdval = /sdval="([^"]*)"/.exec(attributes);
        return {
          background: bg === null ? null : bg[1].toUpperCase(),
          value: sdval === null ? null : Number(sdval[1]),
          text: unescape(td[2]),
        };
      })
    );
    sheets.set(name, rows);
  }
  return sheets;
}
