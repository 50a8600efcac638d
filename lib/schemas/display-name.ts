// The one rule for a member's display name, on every path that writes one (setup, invites, admins, better-auth's
// own update-user/sign-up) and in the forms. Names appear on every gallery card, so they stay short and inert.
import type { z } from "zod";

import { text, textProblem, type TextProblem } from "./text";

export const MAX_DISPLAY_NAME_LENGTH = 60;

export type DisplayNameProblem = "empty" | "too_long" | TextProblem;

/** At least one letter, digit, punctuation or symbol: a name of only marks or blanks looks like no name. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** For the forms: what is wrong with a typed name (after trimming, as the server does), or null. */
export function displayNameProblem(value: string): DisplayNameProblem | null {
  const trimmed = value.trim();
  if (trimmed === "" || !VISIBLE.test(trimmed)) return textProblem(value) ?? "empty";
  if (trimmed.length > MAX_DISPLAY_NAME_LENGTH) return "too_long";
  return textProblem(value);
}

export const DisplayName = text("name")
  .trim()
  .min(1, "name must not be empty")
  .refine((name) => name === "" || VISIBLE.test(name), "name must contain a visible character")
  .max(MAX_DISPLAY_NAME_LENGTH, `name must be at most ${MAX_DISPLAY_NAME_LENGTH} characters`);
export type DisplayName = z.infer<typeof DisplayName>;

const ELLIPSIS = "…";
const UNSAFE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/**
 * A stored name as responses show it: names saved before the rule existed may be megabytes long or carry
 * controls, so every DTO that embeds a name passes it through here and stays small and inert.
 */
export function clipDisplayName(name: string): string {
  // Look at a bounded head only: a 20 MB name must not cost 20 MB of work per card.
  const head = name.slice(0, MAX_DISPLAY_NAME_LENGTH * 4);
  const safe = head.toWellFormed().replace(UNSAFE, "");
  // Whole code points, so an emoji is never cut in half.
  const points = Array.from(safe);
  if (points.length <= MAX_DISPLAY_NAME_LENGTH && head.length === name.length) return safe;
  return points.slice(0, MAX_DISPLAY_NAME_LENGTH - 1).join("") + ELLIPSIS;
}
