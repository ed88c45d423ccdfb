import { Button, Field, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../../i18n/useStrings";
import { FUNCTION_REFERENCE } from "../../services/functionReference";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import type { FunctionsViewProps } from "./FunctionsView.types";
import { playgroundErrorText } from "./playgroundErrorText";
import { SpillGrid } from "./SpillGrid";
import { useFunctionsView } from "./useFunctionsView";
import { useFunctionsViewStyles } from "./useFunctionsViewStyles.styles";

/**
 * The Functions view: a playground that evaluates one IIJ formula (a spilled answer as a grid),
 * and the IIJ.* reference with an example per function that "Insert" puts into the selected
 * cell in Excel, or into the playground in the preview.
 *
 * @param props - the App's view props
 * @returns the view
 * @example
 * <FunctionsView {...viewProps} />
 */
export function FunctionsView(props: FunctionsViewProps): React.JSX.Element {
  const t = useStrings();
  const styles = useFunctionsViewStyles();
  const state = useFunctionsView(props);
  const result = state.result;
  const spilled =
    result !== null && result.ok && (result.rows.length > 1 || result.rows[0].length > 1);
  let answer = "";
  if (result !== null) {
    answer = !result.ok
      ? playgroundErrorText(result.error, t)
      : spilled
        ? t.functions.spilled(result.rows.length, Math.max(...result.rows.map((r) => r.length)))
        : result.display;
  }
  return (
    <div className={styles.root}>
      <h2 className={styles.heading}>{t.functions.playground}</h2>
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void state.evaluate();
        }}
      >
        <Field label={t.functions.formula}>
          <Input
            ref={state.formulaRef}
            value={state.formula}
            onChange={(_, d) => state.setFormula(d.value)}
            spellCheck={false}
            autoComplete="off"
          />
        </Field>
        {state.suggestions.length > 0 && (
          <div role="group" aria-label={t.functions.suggestions} className={styles.suggestions}>
            {state.suggestions.map((s) => (
              <Button
                key={s.label}
                size="small"
                onClick={() => {
                  state.setFormula(s.formula);
                  state.formulaRef.current?.focus();
                }}
              >
                {s.label}
              </Button>
            ))}
          </div>
        )}
        <Button type="submit" appearance="primary">
          {t.functions.evaluate}
        </Button>
        <output
          aria-label={t.functions.result}
          aria-live="polite"
          className={result !== null && !result.ok ? styles.error : styles.output}
        >
          {answer}
        </output>
        {result !== null && result.readAs !== null && (
          <p className={styles.summary}>{t.functions.readAs(result.readAs)}</p>
        )}
        {result !== null && result.ok && spilled && (
          <SpillGrid rows={result.rows} label={t.functions.resultOf(state.evaluated)} />
        )}
      </form>
      <ErrorBar message={state.error} onDismiss={state.dismissError} />
      {state.notice !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      <h2 className={styles.heading}>{t.functions.reference}</h2>
      <ul className={styles.list}>
        {FUNCTION_REFERENCE.map((f) => {
          const label =
            state.insertMode === "excel"
              ? t.functions.insert(f.name)
              : t.functions.tryExample(f.name);
          return (
            <li key={f.name} className={styles.item}>
              <h3 className={styles.name}>{f.syntax}</h3>
              <p className={styles.summary}>{f.summary[t.language]}</p>
              <span className={styles.code}>
                {t.functions.example}: {f.example}
              </span>
              <Button
                size="small"
                className={styles.insert}
                aria-label={label}
                onClick={() => void state.insert(f.example)}
              >
                {label}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
