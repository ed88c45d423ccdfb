import { useContext } from "react";
import type { Strings } from "./Strings";
import { StringsContext } from "./StringsContext";

/**
 * The task pane's texts in the language the user chose.
 *
 * @returns the string table
 * @example
 * const t = useStrings(); t.tabs.load //=> "Load"
 */
export function useStrings(): Strings {
  return useContext(StringsContext);
}
