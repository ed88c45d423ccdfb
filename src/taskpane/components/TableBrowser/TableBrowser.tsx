import { Field, Select, Spinner, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../../i18n/useStrings";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { FigureButton } from "../FigureCard/FigureButton";
import type { TableBrowserProps } from "./TableBrowser.types";
import { useTableBrowser } from "./useTableBrowser";
import { useTableBrowserStyles } from "./useTableBrowserStyles.styles";

/**
 * Browses the embedded release: choose a table, read its figures as printed, labels indented
 * by level and totals in bold. The scrolling area is focusable so the keyboard can scroll it.
 *
 * @param props - the view props
 * @returns the browser
 * @example
 * <TableBrowser {...viewProps} />
 */
export function TableBrowser(props: TableBrowserProps): React.JSX.Element {
  const t = useStrings();
  const styles = useTableBrowserStyles();
  const state = useTableBrowser(props);
  const [dismissed, setDismissed] = React.useState(false);
  if (state.error !== null) {
    return (
      <ErrorBar message={dismissed ? null : state.error} onDismiss={() => setDismissed(true)} />
    );
  }
  if (state.tables === null || state.selected === null) {
    return <Spinner size="tiny" label={t.load.browseLoading} />;
  }
  const table = state.selected;
  return (
    <section className={styles.root} aria-label={t.load.browse}>
      <h2 className={styles.heading}>{t.load.browse}</h2>
      <Field label={t.load.browseTable} className={styles.field}>
        <Select
          className={styles.select}
          value={table.id}
          onChange={(_, data) => state.select(data.value)}
        >
          {state.tables.map((x) => (
            <option key={x.id} value={x.id}>
              {x.source} — {x.title}
            </option>
          ))}
        </Select>
      </Field>
      <span className={styles.meta}>{table.unit}</span>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={table.title}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.th, styles.corner)} scope="col">
                {t.load.item}
              </th>
              {table.headers.map((h, i) => (
                <th key={i} className={styles.th} scope="col">
                  <span className={styles.headerText}>{h}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => {
              const total = row.role === "total" || row.role === "subtotal";
              return (
                <tr key={row.id} className={total ? styles.total : undefined}>
                  <th
                    scope="row"
                    className={styles.label}
                    style={{
                      paddingLeft: `calc(${tokens.spacingHorizontalS} + ${row.level} * ${tokens.spacingHorizontalL})`,
                      fontWeight:
                        row.role === "heading" || total
                          ? tokens.fontWeightSemibold
                          : tokens.fontWeightRegular,
                    }}
                  >
                    {row.label}
                  </th>
                  {row.cells.map((c, i) => (
                    <td key={i} className={styles.figure}>
                      {c === "" ? (
                        c
                      ) : (
                        <FigureButton
                          place={{
                            edition: table.edition,
                            where: { table: table.id, item: row.id, column: table.columns[i] },
                          }}
                          label={row.label}
                          text={c}
                        />
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
