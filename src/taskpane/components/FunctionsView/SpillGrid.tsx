import { mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import type { PlaygroundCell } from "../../services/Playground";
import { hasHeaderRow } from "./hasHeaderRow";
import { useSpillGridStyles } from "./useSpillGridStyles.styles";

/** Props of SpillGrid: the spilled cells and the grid's accessible name. */
export type SpillGridProps = {
  readonly rows: ReadonlyArray<ReadonlyArray<PlaygroundCell>>;
  readonly label: string;
};

/**
 * A function's spilled answer as a table, the way Excel spills it: a header row when the first
 * row heads the columns, the first column as row headers, numbers right-aligned. Scrolls sideways
 * inside a focusable region, so the pane stays 320 px wide and a keyboard can scroll it.
 *
 * @param props - the cells and the grid's name
 * @returns the grid
 * @example
 * <SpillGrid rows={result.rows} label={t.functions.resultOf(formula)} />
 */
export function SpillGrid(props: SpillGridProps): React.JSX.Element {
  const { rows, label } = props;
  const styles = useSpillGridStyles();
  const header = hasHeaderRow(rows);
  const body = header ? rows.slice(1) : rows;
  const rowHeaders = rows.some((row) => row.length > 1);
  // A column's header sits over its figures: right-aligned when they are numbers.
  const numeric = (j: number): boolean => body.some((row) => row[j]?.kind === "number");
  const cellClass = (c: PlaygroundCell): string =>
    mergeClasses(styles.cell, c.kind === "number" ? styles.number : styles.text);
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      <table className={styles.table} aria-label={label}>
        {header && (
          <thead>
            <tr>
              {rows[0].map((c, j) => (
                <th
                  key={j}
                  scope="col"
                  className={mergeClasses(
                    styles.cell,
                    numeric(j) ? styles.number : styles.text,
                    styles.head
                  )}
                >
                  {c.text}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {body.map((row, i) => (
            <tr key={i}>
              {row.map((c, j) =>
                j === 0 && rowHeaders && c.kind !== "number" ? (
                  <th key={j} scope="row" className={mergeClasses(cellClass(c), styles.rowHead)}>
                    {c.text}
                  </th>
                ) : (
                  <td key={j} className={cellClass(c)}>
                    {c.text}
                  </td>
                )
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
