import { existsSync } from "fs";
import { writeFile } from "fs/promises";
import type { WorkbookPlan } from "../core/layout/WorkbookPlan";
import { renderWorkbook } from "./renderWorkbook";

/** Why a workbook was not written, in words for the command line. */
export type WriteFailure = { readonly ok: false; readonly message: string };

/**
 * Writes a plan as an .xlsx file; refuses to overwrite an existing file unless `force`, and
 * turns a file-system failure into a message that names the path and the reason.
 *
 * @param plan - the plan
 * @param path - where to write
 * @param force - overwrite an existing file
 * @returns ok with the bytes written, or the reason it was not written
 * @example
 * await writeWorkbookFile(plan, "iij.xlsx", false) //=> { ok: true, bytes: 61234 }
 */
export async function writeWorkbookFile(
  plan: WorkbookPlan,
  path: string,
  force: boolean
): Promise<{ readonly ok: true; readonly bytes: number } | WriteFailure> {
  if (!force && existsSync(path)) {
    return { ok: false, message: `${path} exists; pass --force to overwrite it` };
  }
  const buffer = Buffer.from(await renderWorkbook(plan).xlsx.writeBuffer());
  try {
    await writeFile(path, buffer);
  } catch (error) {
    // Node's fs errors carry a message naming the cause (ENOENT, EACCES, EISDIR).
    const reason =
      typeof error === "object" && error !== null && "message" in error
        ? String(error.message)
        : String(error);
    return { ok: false, message: `cannot write ${path}: ${reason}` };
  }
  return { ok: true, bytes: buffer.length };
}
