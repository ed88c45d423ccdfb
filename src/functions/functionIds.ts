/**
 * The ids Excel knows the IIJ.* functions by, without their code: the page associates each of
 * them at load (registerFunctions.ts) and fetches the implementations on the first call. The
 * implementations (FUNCTIONS in functions.ts) are typed by this list, so the compiler rejects a
 * function missing from it or one it lacks; the generated metadata is compared with it by a test.
 */
export const FUNCTION_IDS = [
  "EBITDA",
  "CROSSSELL",
  "VALUE",
  "STATEMENT",
  "ITEMS",
  "PERIODS",
  "SHARE",
  "CHANGE",
  "USD",
  "FXRATE",
  "CHECK",
  "CONTRACTS",
  "BANDWIDTH",
  "BACKBONE",
  "SOURCE",
] as const;

/** The id of one IIJ.* function ("EBITDA"). */
export type FunctionId = (typeof FUNCTION_IDS)[number];
