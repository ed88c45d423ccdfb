import { createContext } from "react";
import { en } from "./en";
import type { Strings } from "./Strings";

/** The current language's strings; English until a provider says otherwise. */
export const StringsContext = createContext<Strings>(en);
