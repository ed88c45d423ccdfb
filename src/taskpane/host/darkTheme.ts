import { webDarkTheme, type Theme } from "@fluentui/react-components";

/** Fluent's dark theme, in its own chunk: fetched only when Office's theme is dark. */
export const darkTheme: Theme = webDarkTheme;
