import { Button, Field, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../../i18n/useStrings";
import { FUNCTION_REFERENCE } from "../../services/functionReference";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { WriteButton } from "../WriteButton/WriteButton";
import type { FunctionsViewProps } from "./FunctionsView.types";
import { useFunctionsView } from "./useFunctionsView";
import { useFunctionsViewStyles } from "./useFunctionsViewStyles.styles";

/**
 * The Functions view: a playground that evaluates one IIJ formula, and the IIJ.* reference with
 * an example per function that "Insert" puts into the selected cell.
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
  const hintId = React.useId();
  const result = state.result;
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
            value={state.formula}
            onChange={(_, d) => state.setFormula(d.value)}
            spellCheck={false}
            autoComplete="off"
          />
        </Field>
        <Button type="submit" appearance="primary">
          {t.functions.evaluate}
        </Button>
        <output aria-label={t.functions.result} aria-live="polite" className={styles.output}>
          {result === null ? (
            ""
          ) : result.ok ? (
            result.display
          ) : (
            <span className={styles.error}>{result.message}</span>
          )}
        </output>
      </form>
      <ErrorBar message={state.error} onDismiss={state.dismissError} />
      {state.notice !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      <h2 className={styles.heading}>{t.functions.reference}</h2>
      {state.insertUnavailable !== null && (
        <p id={hintId} className={styles.summary}>
          {state.insertUnavailable}
        </p>
      )}
      <ul className={styles.list}>
        {FUNCTION_REFERENCE.map((f) => (
          <li key={f.name} className={styles.item}>
            <h3 className={styles.name}>{f.syntax}</h3>
            <p className={styles.summary}>{f.summary[t.language]}</p>
            <span className={styles.code}>
              {t.functions.example}: {f.example}
            </span>
            <WriteButton
              size="small"
              unavailableReason={state.insertUnavailable}
              reasonId={hintId}
              aria-label={t.functions.insert(f.name)}
              onClick={() => void state.insert(f.example)}
            >
              {t.functions.insert(f.name)}
            </WriteButton>
          </li>
        ))}
      </ul>
    </div>
  );
}
