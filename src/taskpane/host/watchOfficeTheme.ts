import { themeOf } from "./themeOf";

/** The part of Office the theme watch uses. */
export type ThemeOffice = {
  readonly EventType?: { readonly OfficeThemeChanged?: Office.EventType };
  readonly context: {
    readonly officeTheme?: { readonly bodyBackgroundColor?: string };
    readonly document?: {
      readonly addHandlerAsync?: (
        eventType: Office.EventType,
        handler: (args: { officeTheme?: { bodyBackgroundColor?: string } }) => void,
        callback?: (result: Office.AsyncResult<void>) => void
      ) => void;
    };
  };
};

/**
 * Calls `onTheme` with light or dark each time Office reports that its theme changed, on hosts
 * that report it (OfficeThemeChanged); where the host does not, registering fails quietly and
 * the theme read at start stays.
 *
 * @param office - Office
 * @param onTheme - called with the new theme
 * @example
 * watchOfficeTheme(Office, (theme) => render(theme));
 */
export function watchOfficeTheme(
  office: ThemeOffice,
  onTheme: (theme: "light" | "dark") => void
): void {
  const event = office.EventType?.OfficeThemeChanged;
  const addHandler = office.context.document?.addHandlerAsync;
  if (event === undefined || addHandler === undefined) {
    return;
  }
  try {
    addHandler.call(office.context.document, event, (args) =>
      onTheme(
        themeOf(
          args.officeTheme?.bodyBackgroundColor ?? office.context.officeTheme?.bodyBackgroundColor
        )
      )
    );
  } catch {
    // Hosts without the event may throw instead of failing in the callback: the start theme stays.
  }
}
