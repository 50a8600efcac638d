// Daily-limit inputs are text the admin types: blank means "no limit", anything else a whole number.
const MAX_DAILY_LIMIT = 100_000;

/** `null` for no limit, the number, or "invalid" (the server would refuse it anyway; say so before sending). */
export function parseDailyLimit(text: string): number | null | "invalid" {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (!/^\d+$/.test(trimmed)) return "invalid";
  const value = Number(trimmed);
  return value <= MAX_DAILY_LIMIT ? value : "invalid";
}

export const limitText = (limit: number | null): string => (limit === null ? "" : String(limit));
