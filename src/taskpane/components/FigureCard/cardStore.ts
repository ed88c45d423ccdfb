import * as React from "react";
import type { FigureCard } from "../../../core/card/FigureCard";
import type { CellCard } from "../../../core/inference/CellCard";
import { type CellCards, cellCards } from "../../../core/inference/cellCards";
import type { CheckedSelection, SelectionCheck } from "../../../excel/SelectionActions";
import type { TaskpaneHost } from "../../host/TaskpaneHost";

/**
 * The card shown: a figure of the add-in's sheets (with what the workbook holds now where the
 * user changed it), or a cell of a checked selection (with the cells that changed since the
 * check, or null when its sheet is gone).
 */
export type ShownCard =
  | { readonly kind: "figure"; readonly card: FigureCard; readonly current: string | null }
  | {
      readonly kind: "cell";
      readonly checked: CheckedSelection;
      readonly card: CellCard;
      readonly changed: ReadonlyArray<string> | null;
    };

/** What outlives the views: the card shown, and the last "Check the selection". */
export type CardState = {
  readonly shown: ShownCard | null;
  readonly selection: SelectionCheck | null;
  /**
   * How many times the Check view's "Clear highlights" has run, which removes the selection's
   * highlights too: the selection's own notice about them is then out of date.
   */
  readonly highlightsCleared: number;
};

/** A small store of the card's state, one per host, read with `useCardState`. */
export type CardStore = {
  readonly get: () => CardState;
  readonly set: (patch: Partial<CardState>) => void;
  readonly subscribe: (listener: () => void) => () => void;
  /** The cards of a checked selection's cells, indexed once per check. */
  readonly cards: (checked: CheckedSelection) => CellCards;
};

const stores = new WeakMap<TaskpaneHost, CardStore>();

function createCardStore(): CardStore {
  let state: CardState = { shown: null, selection: null, highlightsCleared: 0 };
  const listeners = new Set<() => void>();
  const indexed = new WeakMap<CheckedSelection, CellCards>();
  return {
    get: () => state,
    set: (patch) => {
      state = { ...state, ...patch };
      for (const listener of listeners) {
        listener();
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    cards: (checked) => {
      let cards = indexed.get(checked);
      if (cards === undefined) {
        cards = cellCards(checked.grid, checked.check, checked.origin);
        indexed.set(checked, cards);
      }
      return cards;
    },
  };
}

/**
 * The card store of a host. It lives beside the host, not in a component, so the card shown and
 * the last selection check stay when a tab switch unmounts the views and the card panel.
 *
 * @param host - the task pane's host
 * @returns its store
 * @example
 * cardStoreOf(host).set({ shown: null })
 */
export function cardStoreOf(host: TaskpaneHost): CardStore {
  let store = stores.get(host);
  if (store === undefined) {
    store = createCardStore();
    stores.set(host, store);
  }
  return store;
}

/**
 * The card store's state, re-rendering on each change.
 *
 * @param host - the task pane's host
 * @returns the state and the store
 * @example
 * const [state, store] = useCardState(host);
 */
export function useCardState(host: TaskpaneHost): readonly [CardState, CardStore] {
  const store = cardStoreOf(host);
  const state = React.useSyncExternalStore(store.subscribe, store.get);
  return [state, store] as const;
}
