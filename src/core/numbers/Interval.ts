/**
 * A closed interval of real numbers: what a rounded figure stands for. `lo <= hi` always.
 */
export type Interval = {
  readonly lo: number;
  readonly hi: number;
};
