import { Badge, mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../../i18n/useStrings";
import type { FindingEntry, FindingGroup } from "../CheckView/groupFindings";
import { useOpenFigureCard } from "../FigureCard/FigureCardContext";
import type { FindingListProps } from "./FindingList.types";
import { useFindingListStyles } from "./useFindingListStyles.styles";

/** A row of the tree as the keyboard walks it: a table's group or one of its entries. */
type Row =
  | { readonly id: string; readonly group: FindingGroup }
  | { readonly id: string; readonly group: FindingGroup; readonly entry: FindingEntry };

/**
 * The findings as a tree (the WAI-ARIA tree pattern): one group per table with its counts, only
 * the first open at first, each finding a tree item showing severity, rule,
 * the item and period and the editions; the finding under the keyboard or last clicked also shows
 * its explanation (so the list stays short at 320 pixels). The tree is one tab stop; arrow keys
 * move inside it, Right and Left open and close a group, Enter on a finding selects its cell in
 * Excel. Nothing interactive is nested inside an item.
 *
 * @param props - the groups and the go-to handler
 * @returns the tree
 * @example
 * <FindingList groups={groups} onGoTo={goTo} goToUnavailable={null} />
 */
export function FindingList(props: FindingListProps): React.JSX.Element {
  const t = useStrings();
  const styles = useFindingListStyles();
  const hintId = React.useId();
  const language = t.language;
  const { groups, onGoTo, goToUnavailable } = props;
  // In the preview, a finding opens its figure's card; in Excel it selects the cell (and the card follows).
  const openCard = useOpenFigureCard();
  const [open, setOpen] = React.useState<ReadonlySet<string>>(
    () => new Set(groups.slice(0, 1).map((g) => g.key))
  );
  const [active, setActive] = React.useState<string | null>(null);
  const refs = React.useRef(new Map<string, HTMLDivElement>());

  const rows: Row[] = [];
  for (const group of groups) {
    rows.push({ id: `g|${group.key}`, group });
    if (open.has(group.key)) {
      for (const entry of group.entries) {
        rows.push({ id: `f|${entry.key}`, group, entry });
      }
    }
  }
  const activeId = rows.some((r) => r.id === active) ? active : (rows[0]?.id ?? null);

  const focus = (id: string | undefined): void => {
    if (id !== undefined) {
      setActive(id);
      refs.current.get(id)?.focus();
    }
  };
  const toggle = (key: string, next: boolean): void => {
    const set = new Set(open);
    if (next) {
      set.add(key);
    } else {
      set.delete(key);
    }
    setOpen(set);
  };
  const activate = (row: Row): void => {
    if ("entry" in row) {
      if (goToUnavailable === null) {
        onGoTo(row.entry.finding);
      } else {
        openCard?.(row.entry.finding);
      }
    } else {
      toggle(row.group.key, !open.has(row.group.key));
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const index = rows.findIndex((r) => r.id === activeId);
    const row = rows[index];
    if (row === undefined) {
      return;
    }
    const isGroup = !("entry" in row);
    const handled = ((): boolean => {
      switch (event.key) {
        case "ArrowDown":
          focus(rows[index + 1]?.id);
          return true;
        case "ArrowUp":
          focus(rows[index - 1]?.id);
          return true;
        case "Home":
          focus(rows[0]?.id);
          return true;
        case "End":
          focus(rows[rows.length - 1]?.id);
          return true;
        case "ArrowRight":
          if (isGroup && !open.has(row.group.key)) {
            toggle(row.group.key, true);
          } else if (isGroup) {
            focus(rows[index + 1]?.id);
          }
          return true;
        case "ArrowLeft":
          if (isGroup) {
            toggle(row.group.key, false);
          } else {
            focus(`g|${row.group.key}`);
          }
          return true;
        case "Enter":
        case " ":
          activate(row);
          return true;
        default:
          return false;
      }
    })();
    if (handled) {
      event.preventDefault();
    }
  };

  const itemProps = (
    row: Row
  ): React.HTMLAttributes<HTMLDivElement> & {
    ref: (el: HTMLDivElement | null) => void;
  } => ({
    ref: (el) => {
      if (el === null) {
        refs.current.delete(row.id);
      } else {
        refs.current.set(row.id, el);
      }
    },
    tabIndex: row.id === activeId ? 0 : -1,
    onFocus: (event) => {
      if (event.target === event.currentTarget) {
        setActive(row.id);
      }
    },
    onClick: (event) => {
      event.stopPropagation();
      setActive(row.id);
      activate(row);
    },
  });

  return (
    <div className={styles.root}>
      <p id={hintId} className={styles.hint}>
        {goToUnavailable === null
          ? t.check.treeHint(true)
          : `${t.check.treeHint(false)} ${goToUnavailable}`}
      </p>
      <div
        role="tree"
        aria-label={t.check.findings}
        aria-describedby={hintId}
        className={styles.tree}
        onKeyDown={onKeyDown}
      >
        {groups.map((group) => {
          const expanded = open.has(group.key);
          const groupRow = rows.find((r) => r.id === `g|${group.key}`) ?? { id: "", group };
          const groupId = `${hintId}-${group.key}`;
          // The group's item holds only its heading, so its name is its visible text (WCAG 2.5.3);
          // its findings follow it as a sibling group that it owns.
          return (
            <React.Fragment key={group.key}>
              <div
                role="treeitem"
                aria-level={1}
                aria-expanded={expanded}
                aria-owns={expanded ? groupId : undefined}
                aria-labelledby={`${groupId}-title`}
                className={styles.group}
                {...itemProps(groupRow)}
              >
                <span id={`${groupId}-title`} className={styles.heading}>
                  <span aria-hidden="true" className={styles.chevron}>
                    {expanded ? "▾" : "▸"}
                  </span>
                  {t.check.groupTitle(group.title, group.major, group.minor)}
                </span>
              </div>
              {expanded && (
                <div role="group" id={groupId} className={styles.list}>
                  {group.entries.map((entry) => {
                    const f = entry.finding;
                    const label = (language === "ja" ? f.label.ja : undefined) ?? f.label.en;
                    const row = rows.find((r) => r.id === `f|${entry.key}`) ?? {
                      id: "",
                      group,
                      entry,
                    };
                    return (
                      <div
                        key={entry.key}
                        role="treeitem"
                        aria-level={2}
                        className={mergeClasses(
                          styles.item,
                          goToUnavailable === null && styles.actionable
                        )}
                        {...itemProps(row)}
                      >
                        <span className={styles.line}>
                          <Badge
                            appearance="filled"
                            color={f.severity === "major" ? "danger" : "warning"}
                          >
                            {t.severities[f.severity]}
                          </Badge>
                          <span className={styles.target}>
                            {label} · {f.period}
                          </span>
                        </span>
                        <span className={styles.meta}>
                          {t.rules[f.kind]} ·{" "}
                          {t.check.inEditions(entry.editions.map((e) => t.editions[e]))}
                        </span>
                        {row.id === activeId && (
                          <span className={styles.explanation}>{f.explanation[language]}</span>
                        )}
                      </div>
                    );
                  })}
                </div>
              )}
            </React.Fragment>
          );
        })}
      </div>
    </div>
  );
}
