// The colour theme: a cookie the root layout reads, so the server renders the right class and nothing flashes.
// "system" is a class too: the `dark` variant (app/globals.css) then follows prefers-color-scheme live, in CSS.

export const themes = ["light", "dark", "system"] as const;
export type Theme = (typeof themes)[number];

export const THEME_COOKIE = "theme";
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export function parseTheme(value: unknown): Theme {
  return typeof value === "string" && (themes as readonly string[]).includes(value)
    ? (value as Theme)
    : "system";
}

export function themeCookie(theme: Theme): string {
  return `${THEME_COOKIE}=${theme}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
}

/** Saves the choice and swaps the class on <html> in place: no reload, and the next server render agrees. */
export function saveTheme(theme: Theme): void {
  document.cookie = themeCookie(theme);
  const root = document.documentElement;
  root.classList.remove(...themes);
  root.classList.add(theme);
}
