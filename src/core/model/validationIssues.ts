/** An unknown value seen as a record of unknown fields, once it is known to be a plain object. */
export type Fields = Readonly<Record<string, unknown>>;

/**
 * Collects violations, each with the path of the offending value, and offers the typed checks the
 * dataset validator is built from. Every check returns the value when it passes, so callers can
 * go on checking inside it, and `undefined` (after recording a violation) when it does not.
 */
export type ValidationIssues = {
  /** Every violation recorded so far, in the order found. */
  readonly messages: string[];
  /** Records a violation at `path`. */
  readonly add: (path: string, message: string) => void;
  /** The value at `path` as a plain object, or a violation. */
  readonly record: (value: unknown, path: string) => Fields | undefined;
  /** The value at `path` as an array, or a violation. */
  readonly array: (value: unknown, path: string) => ReadonlyArray<unknown> | undefined;
  /** The value at `path` as a non-empty string, or a violation. */
  readonly text: (value: unknown, path: string) => string | undefined;
  /** The value at `path` as one of `allowed`, or a violation naming them. */
  readonly oneOf: <T extends string | number>(
    value: unknown,
    allowed: ReadonlyArray<T>,
    path: string
  ) => T | undefined;
};

/**
 * Tells whether a value is a plain object (not null, not an array).
 *
 * @param value - anything
 * @returns true for a plain object
 * @example
 * isFields({ id: "x" }) //=> true
 */
export function isFields(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) {
    return "null";
  }
  if (Array.isArray(value)) {
    return "an array";
  }
  return typeof value === "string" ? `'${value.slice(0, 40)}'` : typeof value;
}

/**
 * Starts an empty collection of violations.
 *
 * @returns the collector with its checks
 * @example
 * const issues = validationIssues();
 * issues.text(3, "release.id");
 * issues.messages //=> ["release.id: expected a non-empty string, found number"]
 */
export function validationIssues(): ValidationIssues {
  const messages: string[] = [];
  const add = (path: string, message: string): void => {
    messages.push(`${path}: ${message}`);
  };
  return {
    messages,
    add,
    record: (value, path) => {
      if (isFields(value)) {
        return value;
      }
      add(path, `expected an object, found ${describe(value)}`);
      return undefined;
    },
    array: (value, path) => {
      if (Array.isArray(value)) {
        return value;
      }
      add(path, `expected an array, found ${describe(value)}`);
      return undefined;
    },
    text: (value, path) => {
      if (typeof value === "string" && value !== "") {
        return value;
      }
      add(path, `expected a non-empty string, found ${describe(value)}`);
      return undefined;
    },
    oneOf: <T extends string | number>(value: unknown, allowed: ReadonlyArray<T>, path: string) => {
      const found = allowed.find((a) => a === value);
      if (found !== undefined) {
        return found;
      }
      add(path, `expected one of ${allowed.join(", ")}, found ${describe(value)}`);
      return undefined;
    },
  };
}
