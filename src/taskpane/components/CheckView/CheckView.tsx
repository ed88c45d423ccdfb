import { Button, Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import * as React from "react";
import { RULE_KINDS } from "../../../core/checks/RuleKind";
import { useStrings } from "../../i18n/useStrings";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { FindingList } from "../FindingList/FindingList";
import { WriteButton } from "../WriteButton/WriteButton";
import type { CheckViewProps, RuleFilter, SeverityFilter } from "./CheckView.types";
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
  const total = report?.findings.length ?? 0;
  return (
    <div className={styles.root}>
      <p className={styles.hint}>{t.check.source(props.host.kind === "excel")}</p>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={state.running} onClick={() => void state.run()}>
          {state.running ? t.check.running : t.check.run}
        </Button>
        <WriteButton unavailableReason={state.writeUnavailable} onClick={() => void state.clear()}>
          {t.check.clear}
        </WriteButton>
      </div>
      <ErrorBar message={state.error} onDismiss={state.dismissError} />
      {state.notice !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
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
            <Field label={t.check.filterSeverity}>
              <Select
                value={state.severity}
                onChange={(_, d) => state.setSeverity(d.value as SeverityFilter)}
              >
                <option value="all">{t.check.all}</option>
                <option value="major">{t.severities.major}</option>
                <option value="minor">{t.severities.minor}</option>
              </Select>
            </Field>
            <Field label={t.check.filterRule}>
              <Select value={state.rule} onChange={(_, d) => state.setRule(d.value as RuleFilter)}>
                <option value="all">{t.check.all}</option>
                {RULE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t.rules[kind]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <p className={styles.hint} role="status">
            {total === 0
              ? t.check.none
              : state.shown === 0
                ? t.check.noneMatch
                : t.check.shown(state.shown, total)}
          </p>
          <FindingList
            groups={state.groups}
            onGoTo={(f) => void state.goTo(f)}
            goToUnavailable={state.writeUnavailable}
          />
        </>
      )}
    </div>
  );
}
