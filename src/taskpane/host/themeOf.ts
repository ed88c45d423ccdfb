/**
 * Light or dark, from Office's body background colour ("#1F1F1F" is dark): relative luminance
 * under one half is dark. Anything unreadable is light, Office's default.
 *
 * @param background - a "#RRGGBB" colour, or undefined outside Office
 * @returns the theme
 * @example
 * themeOf("#262626") //=> "dark"
 */
export function themeOf(background: string | undefined): "light" | "dark" {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background ?? "");
  if (match === null) {
    return "light";
  }
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}
