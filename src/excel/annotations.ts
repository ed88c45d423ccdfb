import type { Feature } from "./features";

/** Which kind of cell annotation the host supports: notes (1.18), else comments (1.10). */
export type AnnotationKind = "notes" | "comments" | null;

/**
 * The annotation the add-in uses on this host.
 *
 * @param supported - the supported features
 * @returns notes, comments, or null when neither is supported
 */
export function annotationKind(supported: ReadonlySet<Feature>): AnnotationKind {
  if (supported.has("notes")) {
    return "notes";
  }
  return supported.has("comments") ? "comments" : null;
}

/**
 * The sheet's note or comment collection (both have load, items with content and delete, add).
 *
 * @param sheet - the worksheet
 * @param kind - notes or comments
 * @returns the collection
 */
export function annotationsOf(
  sheet: Excel.Worksheet,
  kind: "notes" | "comments"
): Excel.NoteCollection | Excel.CommentCollection {
  return kind === "notes" ? sheet.notes : sheet.comments;
}
