import { Badge, Button } from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../../i18n/useStrings";
import type { FindingListProps } from "./FindingList.types";
import { useFindingListStyles } from "./useFindingListStyles.styles";

/**
 * The findings, grouped by edition and table: severity, rule, the item and period (a button that
 * selects the cell in Excel) and the explanation in the UI language.
 *
 * @param props - the groups and the go-to handler
 * @returns the list
 * @example
 * <FindingList groups={groups} onGoTo={goTo} goToUnavailable={null} />
 */
export function FindingList(props: FindingListProps): React.JSX.Element {
  const t = useStrings();
  const styles = useFindingListStyles();
  const hintId = React.useId();
  const language = t.language;
  return (
    <div className={styles.root}>
      {props.goToUnavailable !== null && (
        <p id={hintId} className={styles.hint}>
          {props.goToUnavailable}
        </p>
      )}
      {props.groups.map((group) => (
        <section key={group.key} aria-label={`${group.title} (${t.editions[group.edition]})`}>
          <h3 className={styles.heading}>
            {group.title} ({t.editions[group.edition]})
          </h3>
          <ul className={styles.list}>
            {group.findings.map((f) => {
              const label = (language === "ja" ? f.label.ja : undefined) ?? f.label.en;
              const name = t.check.goTo(label, f.period, t.rules[f.kind]);
              const button =
                props.goToUnavailable === null ? (
                  <Button
                    appearance="transparent"
                    className={styles.target}
                    onClick={() => props.onGoTo(f)}
                    aria-label={name}
                  >
                    {label} · {f.period}
                  </Button>
                ) : (
                  <Button
                    appearance="transparent"
                    className={styles.target}
                    disabledFocusable
                    aria-label={name}
                    aria-describedby={hintId}
                    title={props.goToUnavailable}
                  >
                    {label} · {f.period}
                  </Button>
                );
              return (
                <li key={`${f.ruleId}|${f.edition}`} className={styles.item}>
                  <div className={styles.line}>
                    <Badge
                      appearance="filled"
                      color={f.severity === "major" ? "danger" : "warning"}
                    >
                      {t.severities[f.severity]}
                    </Badge>
                    <span className={styles.rule}>{t.rules[f.kind]}</span>
                    <span className={styles.rule}>
                      {t.check.reported} {f.reported.text}
                    </span>
                  </div>
                  {button}
                  <p className={styles.explanation}>{f.explanation[language]}</p>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
