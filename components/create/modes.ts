// Create modes and their URL form (?mode=describe); imagine is the default and leaves the URL clean.
export const createModes = [
  "imagine",
  "describe",
  "blend",
  "shorten",
  "swap",
  "edit",
  "retexture",
  "animate",
] as const;
export type CreateMode = (typeof createModes)[number];

export function parseCreateMode(value: unknown): CreateMode {
  return typeof value === "string" && (createModes as readonly string[]).includes(value)
    ? (value as CreateMode)
    : "imagine";
}

/** The current URL with the mode swapped in, keeping every other parameter (gallery filters). */
export function urlWithMode(href: string, mode: CreateMode): string {
  const url = new URL(href);
  if (mode === "imagine") url.searchParams.delete("mode");
  else url.searchParams.set("mode", mode);
  return `${url.pathname}${url.search}${url.hash}`;
}
