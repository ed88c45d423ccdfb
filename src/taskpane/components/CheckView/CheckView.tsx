import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
} from "@fluentui/react-components";
import * as React from "react";
import { RULE_KINDS } from "../../../core/checks/RuleKind";
import { EDITIONS } from "../../../core/model/Edition";
import { useStrings } from "../../i18n/useStrings";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { FindingList } from "../FindingList/FindingList";
import { SelectionCheck } from "../SelectionCheck/SelectionCheck";
import { WriteButton } from "../WriteButton/WriteButton";
import type { CheckFilters } from "./CheckFilters";
import type { CheckViewProps } from "./CheckView.types";
import { useCheckView } from "./useCheckView";
import { useCheckViewStyles } from "./useCheckViewStyles.styles";

/**
 * The Check view: run the check, a summary of counts by rule and severity, filters, the findings
 * grouped by table (each selects its cell in Excel), and "Clear highlights".
 *
 * @param props - the App's view props
 * @returns the view
 * @example
 * <CheckView {...viewProps} />
 */
export function CheckView(props: CheckViewProps): React.JSX.Element {
  const t = useStrings();
  const styles = useCheckViewStyles();
  const state = useCheckView(props);
  const report = props.report;
  const f = state.filters;
  // Why "Clear highlights" is unavailable, under the row: the two buttons share one line.
  const reasonId = React.useId();
  return (
    <div className={styles.root}>
      <p className={styles.hint}>{t.check.source(props.host.kind === "excel")}</p>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={state.running} onClick={() => void state.run()}>
          {state.running ? t.check.running : t.check.run}
        </Button>
        <WriteButton
          unavailableReason={state.writeUnavailable}
          reasonId={reasonId}
          onClick={() => void state.clear()}
        >
          {t.check.clear}
        </WriteButton>
      </div>
      {state.writeUnavailable !== null && (
        <p id={reasonId} className={styles.hint}>
          {state.writeUnavailable}
        </p>
      )}
      <ErrorBar message={state.error} onDismiss={state.dismissError} />
      {state.nothingLoaded && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.check.nothingLoaded}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => props.onView("load")}>{t.check.goToLoad}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.notice !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {report !== null && props.reportStale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.check.stale}</MessageBarBody>
          <MessageBarActions>
            <Button disabled={state.running} onClick={() => void state.run()}>
              {t.check.rerun}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {report !== null && (
        <>
          <h2 className={styles.heading}>{t.check.summary}</h2>
          <table className={styles.summary} aria-label={t.check.summary}>
            <thead>
              <tr>
                <th className={styles.ruleCell} scope="col">
                  {t.check.rule}
                </th>
                <th className={styles.cell} scope="col">
                  {t.check.checked}
                </th>
                <th className={styles.cell} scope="col">
                  {t.severities.major}
                </th>
                <th className={styles.cell} scope="col">
                  {t.severities.minor}
                </th>
                <th className={styles.cell} scope="col">
                  {t.check.notCheckable}
                </th>
              </tr>
            </thead>
            <tbody>
              {RULE_KINDS.map((kind) => {
                const c = report.counts[kind];
                return (
                  <tr key={kind}>
                    <th className={styles.ruleCell} scope="row">
                      {t.rules[kind]}
                    </th>
                    <td className={styles.cell}>{c.checked}</td>
                    <td className={styles.cell}>{c.major}</td>
                    <td className={styles.cell}>{c.minor}</td>
                    <td className={styles.cell}>{c.notCheckable}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h2 className={styles.heading}>{t.check.findings}</h2>
          <div className={styles.filters}>
            <Field className={styles.filter} label={t.check.filterSeverity}>
              <Select
                className={styles.select}
                value={f.severity}
                onChange={(_, d) =>
                  state.setFilter("severity", d.value as CheckFilters["severity"])
                }
              >
                <option value="all">{t.check.all}</option>
                <option value="major">{t.severities.major}</option>
                <option value="minor">{t.severities.minor}</option>
              </Select>
            </Field>
            <Field className={styles.filter} label={t.check.filterRule}>
              <Select
                className={styles.select}
                value={f.rule}
                onChange={(_, d) => state.setFilter("rule", d.value as CheckFilters["rule"])}
              >
                <option value="all">{t.check.all}</option>
                {RULE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t.rules[kind]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field className={styles.filter} label={t.check.filterTable}>
              <Select
                className={styles.select}
                value={f.table}
                onChange={(_, d) => state.setFilter("table", d.value)}
              >
                <option value="all">{t.check.all}</option>
                {state.tables.map((table) => (
                  <option key={table.id} value={table.id}>
                    {table.title}
                  </option>
                ))}
              </Select>
            </Field>
            <Field className={styles.filter} label={t.check.filterEdition}>
              <Select
                className={styles.select}
                value={f.edition}
                onChange={(_, d) => state.setFilter("edition", d.value as CheckFilters["edition"])}
              >
                <option value="all">{t.check.all}</option>
                {EDITIONS.map((edition) => (
                  <option key={edition} value={edition}>
                    {t.editions[edition]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <p className={styles.hint} role="status">
            {state.total === 0
              ? t.check.none
              : state.shown === 0
                ? t.check.noneMatch
                : t.check.shown(state.shown, state.total)}
          </p>
          <FindingList
            key={`${f.severity}|${f.rule}|${f.table}|${f.edition}`}
            groups={state.groups}
            onGoTo={(f) => void state.goTo(f)}
            goToUnavailable={state.writeUnavailable}
          />
        </>
      )}
      {props.host.kind === "excel" && (
        <SelectionCheck host={props.host} settings={props.settings} />
      )}
    </div>
  );
}
