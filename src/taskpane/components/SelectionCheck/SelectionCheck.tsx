import { Badge, Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import { gridAddress } from "../../../core/inference/GridAddress";
import type { CheckedSelection } from "../../../excel/SelectionActions";
import type { Strings } from "../../i18n/Strings";
import { useStrings } from "../../i18n/useStrings";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { WriteButton } from "../WriteButton/WriteButton";
import type { SelectionCheckProps } from "./SelectionCheck.types";
import { selectionWords } from "./selectionWords";
import { useSelectionCheck } from "./useSelectionCheck";
import { useSelectionCheckStyles } from "./useSelectionCheckStyles.styles";

/** Entries shown per list; a 10,000-row selection may have thousands (the rest are counted). */
export const SHOWN_PER_LIST = 100;

type Styles = ReturnType<typeof useSelectionCheckStyles>;

/** One titled list, its first SHOWN_PER_LIST entries and how many more there are. */
function ListSection<T>(props: {
  readonly title: string;
  readonly items: ReadonlyArray<T>;
  readonly render: (item: T, i: number) => React.ReactNode;
  readonly styles: Styles;
  readonly t: Strings;
}): React.JSX.Element {
  const { title, items, render, styles, t } = props;
  const id = React.useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className={styles.subheading}>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className={styles.hint}>{t.selection.none}</p>
      ) : (
        <ul className={styles.list}>
          {items.slice(0, SHOWN_PER_LIST).map(render)}
          {items.length > SHOWN_PER_LIST && (
            <li>{t.selection.more(items.length - SHOWN_PER_LIST)}</li>
          )}
        </ul>
      )}
    </section>
  );
}

/** What a checked selection gave: relations, parts not understood, cells not checkable, findings. */
function CheckedReport(props: {
  readonly result: CheckedSelection;
  readonly onGoTo: (cell: string) => void;
  readonly styles: Styles;
  readonly t: Strings;
}): React.JSX.Element {
  const { result, onGoTo, styles, t } = props;
  const { check } = result;
  const at = gridAddress(result.origin);
  const language = t.language;
  const words = selectionWords(t, at, check.rowLabels);
  return (
    <>
      <p className={styles.hint} role="status">
        {t.selection.summary(
          `${result.sheet}!${result.address}`,
          check.tables.length,
          check.relations.length,
          check.findings.length,
          result.requests
        )}
      </p>
      <ListSection
        title={t.selection.findings}
        items={check.findings}
        styles={styles}
        t={t}
        render={(f) => (
          <li key={f.ruleId} className={styles.finding}>
            <span className={styles.line}>
              <Badge appearance="filled" color={f.severity === "major" ? "danger" : "warning"}>
                {t.severities[f.severity]}
              </Badge>
              <span>
                {f.cell} · {f.label.en} · {words.column(f)}
              </span>
            </span>
            <span className={styles.explanation}>{f.explanation[language]}</span>
            <Button size="small" onClick={() => onGoTo(f.cell)}>
              {t.selection.goTo(f.cell)}
            </Button>
          </li>
        )}
      />
      <ListSection
        title={t.selection.relations}
        items={check.relations}
        styles={styles}
        t={t}
        render={(r, i) => <li key={i}>{words.relation(r)}</li>}
      />
      <ListSection
        title={t.selection.unread}
        items={check.unread}
        styles={styles}
        t={t}
        render={(u, i) => <li key={i}>{words.unread(u)}</li>}
      />
      <ListSection
        title={t.selection.notCheckable}
        items={check.notCheckable}
        styles={styles}
        t={t}
        render={(n) => {
          const cell = n.cell;
          return (
            <li key={n.ruleId}>
              {cell}: {words.notCheckable(n)}{" "}
              <Button size="small" appearance="transparent" onClick={() => onGoTo(cell)}>
                {t.selection.goTo(cell)}
              </Button>
            </li>
          );
        }}
      />
    </>
  );
}

/**
 * "Check the selection", in Excel: checks any table the user selected (its arithmetic inferred),
 * lists what was understood, what was not, the cells not checkable and the findings, each with
 * "go to"; on request highlights the findings on that sheet with live rules, and clears exactly
 * those. Every text from the user's cells is shown as text.
 *
 * @param props - the host and the settings
 * @returns the section
 * @example
 * <SelectionCheck host={host} settings={settings} />
 */
export function SelectionCheck(props: SelectionCheckProps): React.JSX.Element {
  const t = useStrings();
  const styles = useSelectionCheckStyles();
  const state = useSelectionCheck(props);
  const headingId = React.useId();
  const result = state.result;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.selection.heading}
      </h2>
      <p className={styles.hint}>{t.selection.hint}</p>
      <div className={styles.actions}>
        <Button disabled={state.running} onClick={() => void state.check()}>
          {state.running ? t.selection.checking : t.selection.check}
        </Button>
        <WriteButton
          unavailableReason={state.highlightUnavailable}
          onClick={() => void state.highlight()}
        >
          {t.selection.highlight}
        </WriteButton>
        <WriteButton unavailableReason={null} onClick={() => void state.clear()}>
          {t.selection.clear}
        </WriteButton>
      </div>
      <ErrorBar message={state.error} onDismiss={state.dismissError} />
      {state.notice !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "empty" && <p role="status">{t.selection.empty(result.sheet)}</p>}
      {result?.kind === "notOneArea" && <p role="status">{t.selection.notOneArea}</p>}
      {result?.kind === "tooLarge" && (
        <p role="status">{t.selection.tooLarge(result.cells, result.limit)}</p>
      )}
      {result?.kind === "checked" && (
        <CheckedReport
          result={result}
          onGoTo={(cell) => void state.goTo(cell)}
          styles={styles}
          t={t}
        />
      )}
    </section>
  );
}
