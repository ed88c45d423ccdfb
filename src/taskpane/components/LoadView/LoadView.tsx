import { mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import type { EditionChoice } from "../../../excel/WorkbookActions";
import { useStrings } from "../../i18n/useStrings";
import { useAfterFirstView } from "../../useAfterFirstView";
import { ChoiceInput } from "../ChoiceInput/ChoiceInput";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { WriteButton } from "../WriteButton/WriteButton";
import type { LoadViewProps } from "./LoadView.types";
import { PHASE_STEP, PHASE_STEPS, TABLE_KINDS, useLoadView } from "./useLoadView";
import { useLoadViewStyles } from "./useLoadViewStyles.styles";

// The table browser needs the dataset: its own chunk, only fetched in preview, once the first
// view is up.
const TableBrowser = React.lazy(() =>
  import("../TableBrowser/TableBrowser").then((m) => ({ default: m.TableBrowser }))
);

// Shown only while a load runs: fetched then.
const SheetProgressBar = React.lazy(() =>
  import("./SheetProgressBar").then((m) => ({ default: m.SheetProgressBar }))
);

const EDITION_CHOICES: ReadonlyArray<EditionChoice> = ["en", "ja", "both"];

/**
 * The Load view: edition, table groups, the Load button, a progress bar per sheet and a result
 * line with the figures flagged. In preview, Load is disabled with its reason and the tables can
 * be browsed instead.
 *
 * @param props - the App's view props
 * @returns the view
 * @example
 * <LoadView {...viewProps} />
 */
export function LoadView(props: LoadViewProps): React.JSX.Element {
  const t = useStrings();
  const state = useLoadView(props);
  const styles = useLoadViewStyles();
  const browse = useAfterFirstView();
  const editionGroup = React.useId();
  const result = state.result;
  const tally = (severity: "major" | "minor"): number =>
    result === null ? 0 : result.report.findings.filter((f) => f.severity === severity).length;
  return (
    <div className={styles.root}>
      <fieldset className={mergeClasses(styles.checks, styles.row)}>
        <legend className={styles.legend}>{t.load.edition}</legend>
        {EDITION_CHOICES.map((e) => (
          <ChoiceInput
            key={e}
            kind="radio"
            name={editionGroup}
            label={t.editions[e]}
            checked={state.edition === e}
            onChange={() => state.setEdition(e)}
          />
        ))}
      </fieldset>
      <fieldset className={styles.checks}>
        <legend className={styles.legend}>{t.load.tables}</legend>
        {TABLE_KINDS.map((kind) => (
          <ChoiceInput
            key={kind}
            kind="checkbox"
            label={t.tableKinds[kind]}
            checked={state.tables.has(kind)}
            onChange={(checked) => state.toggleTable(kind, checked)}
          />
        ))}
      </fieldset>
      <WriteButton
        appearance="primary"
        unavailableReason={state.unavailableReason}
        busy={state.running}
        onClick={() => void state.load()}
      >
        {state.running ? t.load.loading : t.load.loadButton}
      </WriteButton>
      {state.progress.length > 0 && (
        <div className={styles.progress}>
          {state.progress.map((p) => (
            <div key={p.sheet}>
              <span className={styles.sheet}>{p.sheet}</span>
              <React.Suspense fallback={null}>
                <SheetProgressBar
                  value={PHASE_STEP[p.phase] / PHASE_STEPS}
                  label={t.load.progress(p.sheet, PHASE_STEP[p.phase], PHASE_STEPS)}
                />
              </React.Suspense>
            </div>
          ))}
        </div>
      )}
      <ErrorBar message={state.error} onDismiss={state.dismissError} />
      {result !== null && (
        <div className={styles.result}>
          <span role="status">
            {t.load.result(result.sheets.length, tally("major"), tally("minor"))}
          </span>
          {result.renamed.length > 0 && (
            <ul className={styles.renamed}>
              {result.renamed.map((r) => (
                <li key={r.actual}>{t.load.renamed(r.wanted, r.actual)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {props.host.kind === "preview" && browse && (
        <React.Suspense fallback={<span>{t.load.browseLoading}</span>}>
          <TableBrowser {...props} />
        </React.Suspense>
      )}
    </div>
  );
}
