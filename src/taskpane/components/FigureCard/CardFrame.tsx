import { Button } from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../../i18n/useStrings";
import { useFigureCardStyles } from "./useFigureCardStyles.styles";

/**
 * A card's frame, shared by the figure card and the cell card: a region named by its heading,
 * with a close button beside the heading.
 *
 * @param props - the heading's text, what closing does, the card's content
 * @returns the region
 * @example
 * <CardFrame title="Cell: My table!D4" onClose={close}>…</CardFrame>
 */
export function CardFrame(props: {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: React.ReactNode;
}): React.JSX.Element {
  const t = useStrings();
  const styles = useFigureCardStyles();
  const headingId = React.useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h2 id={headingId} className={styles.title}>
          {props.title}
        </h2>
        <Button appearance="subtle" size="small" onClick={props.onClose}>
          {t.card.close}
        </Button>
      </div>
      {props.children}
    </section>
  );
}
