/**
 * The path of a URL's file relative to the add-in's folder, or null when it is no URL.
 *
 * @param url - a URL the manifest states
 * @returns the path
 * @example
 * assetPath("https://localhost:3000/assets/icon-16.png") //=> "assets/icon-16.png"
 */
export function assetPath(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url).pathname).replace(/^\/+/, "");
  } catch {
    return null;
  }
}
