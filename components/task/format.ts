// Number formatting that next-intl's formatter does not cover directly.

/** "734 KB", "1.2 MB" in the UI locale (decimal units, as file managers show them). */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, "megabyte"]
      : bytes >= 1_000
        ? [bytes / 1_000, "kilobyte"]
        : [bytes, "byte"];
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: value < 10 && unit !== "byte" ? 1 : 0,
  }).format(value);
}

/** The download link of an original: our image URLs may already carry a query string (?v=…). */
export function downloadUrl(imageUrl: string): string {
  return `${imageUrl}${imageUrl.includes("?") ? "&" : "?"}download=1`;
}

/** Home page URL that pre-fills the prompt form ("Reuse prompt"). */
export function reusePromptHref(prompt: string): string {
  return `/?${new URLSearchParams({ prompt }).toString()}`;
}
