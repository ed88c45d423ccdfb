import type { FunctionId } from "../functionIds";

/** A text in both languages the add-in speaks: English and Japanese. */
export type Bilingual = { readonly en: string; readonly ja: string };

/**
 * What a parameter takes: text (a number typed in its place is read as its text), a number, or
 * text or a number (a year: 2002 or "FY2002"), which Excel's metadata can only call `any`.
 */
export type ParameterType = "text" | "number" | "textOrNumber";

/** One parameter of a function: its name in Excel's help, what it takes, and its help text. */
export type ParameterSpec = {
  readonly name: string;
  readonly type: ParameterType;
  /** Left out, it is undefined, or `default` when there is one. @default false */
  readonly optional?: boolean;
  /** The value a left-out optional parameter takes (when the function has one to give). */
  readonly default?: number | string;
  /** How messages name the parameter ("base period"); the name itself when left out. */
  readonly what?: string;
  readonly help: Bilingual;
};

/** What a function answers: one number, one text, or a spilled range of text and numbers. */
export type ResultType = "number" | "text" | "grid";

/**
 * One IIJ.* function, declared once: everything but its code. The registration (functions.ts and
 * its metadata), the argument reading, the playground, the pane's reference, the reference page,
 * the Japanese metadata and the README's table are all derived from it.
 */
export type FunctionSpec = {
  readonly parameters: ReadonlyArray<ParameterSpec>;
  readonly result: ResultType;
  /** One sentence: what the function answers. */
  readonly summary: Bilingual;
  /** What the answer is, in Excel's help for the result. */
  readonly returns: Bilingual;
  /** A formula that works as typed, and what its cell shows (the top-left cell of a spill). */
  readonly example: { readonly formula: string; readonly answer: string };
};

/** The catalogue: every function's spec under the id Excel knows it by. */
export type FunctionCatalogue = { readonly [K in FunctionId]: FunctionSpec };

type ValueOf<P extends ParameterSpec> = P["type"] extends "number" ? number : string;

type ArgumentOf<P extends ParameterSpec> = P extends { readonly optional: true }
  ? P extends { readonly default: number | string }
    ? ValueOf<P>
    : ValueOf<P> | undefined
  : ValueOf<P>;

/**
 * The arguments a function's implementation receives, by parameter name, as read from the
 * catalogue's parameters: text is trimmed text, numbers are finite, a left-out optional is
 * undefined or its default.
 */
export type ArgumentsOf<Ps extends ReadonlyArray<ParameterSpec>> = {
  readonly [P in Ps[number] as P["name"]]: ArgumentOf<P>;
};
