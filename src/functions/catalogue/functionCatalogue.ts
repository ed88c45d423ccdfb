import { CURRENCY_FUNCTION_SPECS } from "./currencyFunctionSpecs";
import { FIGURE_FUNCTION_SPECS } from "./figureFunctionSpecs";
import type { FunctionCatalogue } from "./FunctionSpec";
import { OPERATING_FUNCTION_SPECS } from "./operatingFunctionSpecs";
import { RATIO_FUNCTION_SPECS } from "./ratioFunctionSpecs";
import { STATEMENT_FUNCTION_SPECS } from "./statementFunctionSpecs";

/**
 * Every IIJ.* function, declared once, assembled from its families (one file each). Adding a
 * function is an id in FUNCTION_IDS, an entry in its family and its implementation in
 * functionImplementations.ts; the compiler asks for all three (`satisfies` fails on a missing id).
 * Parameters are `as const` so that each implementation receives its arguments typed by name.
 * The order of the functions everywhere is FUNCTION_IDS', not this object's.
 */
export const FUNCTION_CATALOGUE = {
  ...FIGURE_FUNCTION_SPECS,
  ...STATEMENT_FUNCTION_SPECS,
  ...RATIO_FUNCTION_SPECS,
  ...CURRENCY_FUNCTION_SPECS,
  ...OPERATING_FUNCTION_SPECS,
} as const satisfies FunctionCatalogue;
