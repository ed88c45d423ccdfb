import { a1 } from "../core/layout/a1";
import { parseReference } from "./parseReference";

/** A note or comment already in the workbook, where it is and what it says. */
export type ExistingAnnotation = {
  readonly kind: "notes" | "comments";
  readonly sheet: string;
  /** The cell, A1 without anchors. */
  readonly address: string;
  readonly content: string;
  readonly item: Excel.Note | Excel.Comment;
};

type Collection = Excel.NoteCollection | Excel.CommentCollection;

/**
 * Queues the read of the workbook's notes and comments in two syncs: their contents now, then,
 * once the items are known, each one's cell. Both kinds are read because a cell holds one or the
 * other and the add-in must not add to a cell the user already annotated.
 *
 * @param context - the request context
 * @param kinds - the kinds this host can read
 * @returns after the first sync, a function that queues the cells' reads and returns, after the
 * second sync, the annotations found
 */
export function queueAnnotations(
  context: Excel.RequestContext,
  kinds: ReadonlyArray<"notes" | "comments">
): () => () => ReadonlyArray<ExistingAnnotation> {
  const workbook = context.workbook;
  const collections = kinds.map((kind) => {
    const collection: Collection = kind === "notes" ? workbook.notes : workbook.comments;
    return { kind, collection: collection.load("items/content") };
  });
  return () => {
    const located = collections.flatMap(({ kind, collection }) =>
      collection.items.map((item: Excel.Note | Excel.Comment) => ({
        kind,
        item,
        content: String(item.content),
        location: item.getLocation().load("address"),
      }))
    );
    return () =>
      located.flatMap(({ kind, item, content, location }) => {
        const area = parseReference(location.address);
        return area === null
          ? []
          : [{ kind, item, content, sheet: area.sheet, address: a1(area.row, area.column) }];
      });
  };
}
