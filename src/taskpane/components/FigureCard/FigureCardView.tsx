import { Badge } from "@fluentui/react-components";
import * as React from "react";
import type { CardFigure } from "../../../core/card/CardFigure";
import { CLAIMS_TABLE } from "../../../core/checks/Rule";
import type { Localized } from "../../../core/model/Edition";
import { formatSourceLine } from "../../../core/provenance/formatSourceLine";
import { CardFrame } from "./CardFrame";
import { useStrings } from "../../i18n/useStrings";
import type { FigureCardViewProps } from "./FigureCard.types";
import { useFigureCardStyles } from "./useFigureCardStyles.styles";
import { VERDICT_COLORS } from "./verdictColors";

/**
 * One figure's card: the figure as printed (and as the workbook holds it, if changed), where
 * the release prints it, its related figures as links with the check's verdicts, its findings.
 *
 * @param props - the card and what its links do
 * @returns the card
 * @example
 * <FigureCardView card={card} onOpen={select} onClose={close} />
 */
export function FigureCardView(props: FigureCardViewProps): React.JSX.Element {
  const t = useStrings();
  const styles = useFigureCardStyles();
  const { card } = props;
  const { figure, provenance } = card;
  const language = t.language;
  const text = (l: Localized): string => (language === "ja" ? l.ja : undefined) ?? l.en;
  const describe = (f: CardFigure): string =>
    `${text(f.label)} · ${f.period} · ${t.card.columns[f.column]}` +
    (f.edition === figure.edition ? "" : ` (${t.editions[f.edition]})`);
  return (
    <CardFrame title={`${t.card.title}: ${describe(figure)}`} onClose={props.onClose}>
      <dl className={styles.pairs}>
        <dt className={styles.term}>{t.card.printed}</dt>
        <dd className={styles.value}>{figure.printed}</dd>
        {props.current !== undefined && props.current !== null && (
          <>
            <dt className={styles.term}>{t.card.current}</dt>
            <dd className={styles.value}>{props.current}</dd>
          </>
        )}
        <dt className={styles.term}>{t.card.unit}</dt>
        <dd className={styles.value}>{card.unit}</dd>
        <dt className={styles.term}>{t.card.edition}</dt>
        <dd className={styles.value}>{t.editions[figure.edition]}</dd>
      </dl>
      <h3 className={styles.subheading}>{t.card.where}</h3>
      <dl className={styles.pairs}>
        <dt className={styles.term}>{t.card.section}</dt>
        <dd className={styles.value}>{text(provenance.section.title)}</dd>
        <dt className={styles.term}>{t.card.row}</dt>
        <dd className={styles.value}>{provenance.row}</dd>
        <dt className={styles.term}>{t.card.column}</dt>
        <dd className={styles.value}>{provenance.column}</dd>
        <dt className={styles.term}>{t.card.line}</dt>
        <dd className={styles.value}>{provenance.line ?? "—"}</dd>
      </dl>
      <p className={styles.source}>{formatSourceLine(provenance, figure.edition)}</p>
      <h3 className={styles.subheading}>{t.card.relations}</h3>
      {card.relations.length === 0 ? (
        <p className={styles.source}>{t.card.noRelations}</p>
      ) : (
        <ul className={styles.list}>
          {card.relations.map((r) => (
            <li
              key={`${r.kind}|${r.ruleId}|${r.figure.edition}|${r.figure.ref.item}|${r.figure.ref.column}`}
              className={styles.relation}
            >
              <span className={styles.kind}>{t.card.relationKinds[r.kind]}</span>
              {r.figure.ref.table === CLAIMS_TABLE ? (
                <span>
                  {describe(r.figure)}: {r.figure.printed}
                </span>
              ) : (
                <button
                  type="button"
                  className={styles.figureButton}
                  onClick={() => props.onOpen({ edition: r.figure.edition, where: r.figure.ref })}
                >
                  {describe(r.figure)}: {r.figure.printed}
                </button>
              )}
              {r.verdict !== undefined && (
                <Badge appearance="tint" color={VERDICT_COLORS[r.verdict]}>
                  {t.card.verdicts[r.verdict]}
                </Badge>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3 className={styles.subheading}>{t.card.findings}</h3>
      {card.findings.length === 0 ? (
        <p className={styles.source}>{t.card.noFindings}</p>
      ) : (
        <ul className={styles.list}>
          {card.findings.map((f) => (
            <li key={`${f.ruleId}|${f.edition}`}>
              <Badge appearance="tint" color={VERDICT_COLORS[f.severity]}>
                {t.severities[f.severity]}
              </Badge>{" "}
              {t.rules[f.kind]}
              <p className={styles.explanation}>{f.explanation[language]}</p>
            </li>
          ))}
        </ul>
      )}
    </CardFrame>
  );
}
