// Upstream buttons often carry only an emoji ("🔄", "⬅️") or a Discord emoji name ("upscale_1"); screen readers
// and e2e tests need words. Pure, so the mapping is unit-tested.
import type { TaskButtonDto } from "@/lib/schemas/task";

export type ButtonNameKey =
  | "reroll"
  | "panLeft"
  | "panRight"
  | "panUp"
  | "panDown"
  | "favorite"
  | "zoom"
  | "vary"
  | "varyRegion"
  | "upscale"
  | "animate";

const VARIATION_SELECTOR = /\uFE0F/g;

// Keys are compared without U+FE0F, which the upstream sends on some platforms and not on others.
const byEmoji: Record<string, ButtonNameKey> = {
  "🔄": "reroll",
  "⬅": "panLeft",
  "➡": "panRight",
  "⬆": "panUp",
  "⬇": "panDown",
  "❤": "favorite",
  "🔍": "zoom",
  "🪄": "vary",
  "🖌": "varyRegion",
  "🎞": "animate",
  upscale_1: "upscale",
};

export function emojiNameKey(emoji: string): ButtonNameKey | null {
  return byEmoji[emoji.replace(VARIATION_SELECTOR, "").trim()] ?? null;
}

/** A Discord custom emoji arrives as its name; that is not something to display. */
export function isDisplayableEmoji(emoji: string): boolean {
  return emoji !== "" && !/^[\w-]+$/.test(emoji);
}

export type ButtonName = { text: string } | { key: ButtonNameKey };

/** Accessible name: the label if there is one, else words for the emoji, else the opaque customId. */
export function buttonName(button: TaskButtonDto): ButtonName {
  const label = button.label.trim();
  if (label) return { text: label };
  const key = emojiNameKey(button.emoji);
  if (key) return { key };
  return { text: button.customId };
}
