import { Badge, MessageBar, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import { CARD_RULES_SHOWN } from "../../../core/inference/cardCells";
import type { CellCardRule } from "../../../core/inference/CellCard";
import { gridAddress } from "../../../core/inference/GridAddress";
import { CardFrame } from "./CardFrame";
import { useStrings } from "../../i18n/useStrings";
import { selectionWords } from "../SelectionCheck/selectionWords";
import type { CellCardViewProps } from "./FigureCard.types";
import { VERDICT_COLORS } from "./verdictColors";
import { useFigureCardStyles } from "./useFigureCardStyles.styles";

/**
 * The card of a cell of a checked selection: the cell as the check read it, its row's label and
 * column's header, the relations inferred for it in words with how many cells each explains,
 * the engine's verdict on each rule it takes part in, its findings, and why it could not be
 * checked. Every related cell is a link that selects it. When its cells changed since the check
 * the card says so and shows nothing inferred.
 *
 * @param props - the card and what its links do
 * @returns the card
 * @example
 * <CellCardView checked={checked} card={card} changed={[]} onOpen={select} onClose={close} />
 */
export function CellCardView(props: CellCardViewProps): React.JSX.Element {
  const t = useStrings();
  const c = t.cellCard;
  const styles = useFigureCardStyles();
  const { card, checked, changed } = props;
  const words = selectionWords(t, gridAddress(checked.origin), checked.check.rowLabels);
  const link = (cell: string): React.JSX.Element => (
    <button
      key={cell}
      type="button"
      className={styles.figureButton}
      aria-label={c.goTo(cell)}
      onClick={() => props.onOpen(cell)}
    >
      {cell}
    </button>
  );
  const rule = (r: CellCardRule, own: boolean): React.JSX.Element => (
    <li key={r.target} className={styles.relation}>
      {own ? <span>{r.target}</span> : link(r.target)}
      <span>= {r.formula}</span>
      <Badge appearance="tint" color={VERDICT_COLORS[r.verdict]}>
        {t.card.verdicts[r.verdict]}
      </Badge>
      {own && (
        <span className={styles.relation}>
          {c.from} {r.operands.map(link)}
        </span>
      )}
    </li>
  );
  const trusted = changed !== null && changed.length === 0;
  return (
    <CardFrame title={`${c.title}: ${checked.sheet}!${card.cell}`} onClose={props.onClose}>
      <dl className={styles.pairs}>
        <dt className={styles.term}>{c.asRead}</dt>
        <dd className={styles.value}>
          {card.text === "" ? c.readings.blank : `${card.text} (${c.readings[card.reading]})`}
        </dd>
        <dt className={styles.term}>{c.rowLabel}</dt>
        <dd className={styles.value}>{card.rowLabel || "—"}</dd>
        <dt className={styles.term}>{c.columnHeader}</dt>
        <dd className={styles.value}>{card.columnHeader || "—"}</dd>
        <dt className={styles.term}>{c.table}</dt>
        <dd className={styles.value}>{card.table ?? c.outside}</dd>
      </dl>
      {changed === null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.selection.sheetGone}</MessageBarBody>
        </MessageBar>
      )}
      {changed !== null && changed.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{c.stale(changed.join(", "))}</MessageBarBody>
        </MessageBar>
      )}
      {trusted && (
        <>
          <h3 className={styles.subheading}>{c.relations}</h3>
          {card.relations.length === 0 ? (
            <p className={styles.source}>{c.noRelations}</p>
          ) : (
            <ul className={styles.list}>
              {card.relations.map((r) => (
                <li key={r.index} className={styles.cellRelation}>
                  <span>
                    <span className={styles.kind}>{c.kinds[r.relation.kind]}</span>:{" "}
                    {c.explains(r.explains.consistent, r.explains.checkable)}
                  </span>
                  <span className={styles.explanation}>{words.relation(r.relation)}</span>
                  <span>{c.roles[r.role](r.rules.length)}</span>
                  <ul className={styles.list}>
                    {r.rules.slice(0, CARD_RULES_SHOWN).map((x) => rule(x, r.role === "target"))}
                    {r.rules.length > CARD_RULES_SHOWN && (
                      <li>{t.selection.more(r.rules.length - CARD_RULES_SHOWN)}</li>
                    )}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          <h3 className={styles.subheading}>{c.findings}</h3>
          {card.findings.length === 0 ? (
            <p className={styles.source}>{c.noFindings}</p>
          ) : (
            <ul className={styles.list}>
              {card.findings.map((f) => (
                <li key={f.ruleId}>
                  <Badge appearance="tint" color={VERDICT_COLORS[f.severity]}>
                    {t.severities[f.severity]}
                  </Badge>{" "}
                  {t.rules[f.kind]}
                  <p className={styles.explanation}>{f.explanation[t.language]}</p>
                </li>
              ))}
            </ul>
          )}
          {card.notCheckable.length > 0 && (
            <>
              <h3 className={styles.subheading}>{c.notCheckable}</h3>
              <ul className={styles.list}>
                {card.notCheckable.map((n) => (
                  <li key={n.ruleId}>{words.notCheckable(n)}</li>
                ))}
              </ul>
            </>
          )}
          {card.unread.length > 0 && (
            <>
              <h3 className={styles.subheading}>{c.unread}</h3>
              <ul className={styles.list}>
                {card.unread.map((u) => (
                  <li key={`${u.kind}${u.index}`}>{words.unread(u)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </CardFrame>
  );
}
