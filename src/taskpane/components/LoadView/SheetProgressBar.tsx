import { ProgressBar } from "@fluentui/react-components";
import * as React from "react";

/**
 * One sheet's progress: a Fluent ProgressBar. Its own chunk, fetched when a load starts, so
 * the first view does not carry it.
 *
 * @param props - the fraction done (0–1) and the accessible label
 * @returns the bar
 * @example
 * <SheetProgressBar value={0.5} label="Operations: 1 of 2" />
 */
export function SheetProgressBar(props: {
  readonly value: number;
  readonly label: string;
}): React.JSX.Element {
  return <ProgressBar value={props.value} aria-label={props.label} />;
}
