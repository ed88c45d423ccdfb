import { mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../../i18n/useStrings";
import type { FigureButtonProps } from "./FigureCard.types";
import { useOpenFigureCard } from "./FigureCardContext";
import { useFigureCardStyles } from "./useFigureCardStyles.styles";

/**
 * A printed figure that opens its card; plain text where no card panel is around.
 *
 * @param props - the figure's place, its row's label and its text
 * @returns the button, or the text
 * @example
 * <FigureButton place={{ edition: "en", where }} label="Total revenues" text="13,036,439" />
 */
export function FigureButton(props: FigureButtonProps): React.JSX.Element {
  const open = useOpenFigureCard();
  const t = useStrings();
  const styles = useFigureCardStyles();
  if (open === null) {
    return <>{props.text}</>;
  }
  return (
    <button
      type="button"
      className={mergeClasses(styles.figureButton, props.className)}
      aria-label={t.card.open(props.label, props.text)}
      onClick={() => open(props.place)}
    >
      {props.text}
    </button>
  );
}
