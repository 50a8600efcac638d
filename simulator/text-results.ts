import "server-only";

import { hashString } from "./ids";

// The text results of /describe and /shorten, in the layout Midjourney's bot replies with (mj-api.md 4.6, 4.8).
// Deterministic: the same image bytes (or prompt) always read the same, so tests can rely on them.

/** Keycap digits as the bot numbers its prompts. */
export const KEYCAPS = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"] as const;

// prettier-ignore
const SUBJECTS = [
  "a lighthouse on a rocky coast", "a quiet harbor with fishing boats", "a fox resting in tall grass",
  "an old library with tall windows", "a mountain village in the fog", "a glass greenhouse full of plants",
  "a lone tree on a hill", "a city street after the rain", "a field of sunflowers", "a cat on a windowsill",
  "a desert road at the horizon", "a wooden cabin by a lake",
];
// prettier-ignore
const STYLES = [
  "soft watercolor texture", "cinematic still", "flat vector illustration", "oil painting with thick brushwork",
  "35mm film photograph", "isometric 3d render", "ink and wash drawing", "muted pastel gouache",
];
// prettier-ignore
const LIGHT = [
  "golden hour light", "overcast diffuse light", "dramatic rim lighting", "moonlit blue tones",
  "warm lamplight", "crisp morning sun",
];
// prettier-ignore
const PALETTES = [
  "teal and amber palette", "earthy greens and browns", "monochrome grey", "vivid magenta and cyan",
  "sepia tones", "deep navy and gold",
];

function pick<T>(list: readonly T[], seed: number, salt: number): T {
  const index = hashString(`${seed}:${salt}`) % list.length;
  return list[index] as T;
}

// prettier-ignore
const COMMON_RATIOS: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [4, 3], [3, 2], [16, 9], [2, 1], [3, 4], [2, 3], [9, 16], [1, 2], [5, 4], [4, 5],
];

/** The common `--ar` closest to the image (1024×682 → 3:2): the bot reads the picture, not exact pixels. */
export function aspectParam(width: number, height: number): string {
  const ratio = width / height;
  let best: readonly [number, number] = [1, 1];
  for (const candidate of COMMON_RATIOS) {
    if (Math.abs(candidate[0] / candidate[1] - ratio) < Math.abs(best[0] / best[1] - ratio)) best = candidate;
  }
  return `--ar ${best[0]}:${best[1]}`;
}

/** Four prompts for an image, derived from `seed` (a hash of its bytes) and its aspect ratio. */
export function describePrompts(seed: number, size: { width: number; height: number }): string[] {
  const ar = aspectParam(size.width, size.height);
  return [0, 1, 2, 3].map((n) => {
    const subject = pick(SUBJECTS, seed, n * 4);
    const style = pick(STYLES, seed, n * 4 + 1);
    const light = pick(LIGHT, seed, n * 4 + 2);
    const palette = pick(PALETTES, seed, n * 4 + 3);
    return `${subject}, ${style}, ${light}, ${palette} ${ar}`;
  });
}

/** `"1️⃣ a\n\n2️⃣ b…"` — the blank-line separated, keycap-numbered list the bot posts. */
export function numberedList(prompts: readonly string[]): string {
  return prompts.map((p, i) => `${KEYCAPS[i] ?? `${i + 1}.`} ${p}`).join("\n\n");
}

// prettier-ignore
const STOP_WORDS = new Set([
  "a", "an", "the", "of", "in", "on", "at", "and", "or", "with", "by", "for", "to", "from", "full", "very",
  "is", "are", "its", "into", "over", "under", "as",
]);

function splitPrompt(prompt: string): { words: string[]; params: string } {
  const cut = prompt.search(/(?:^|\s)--[A-Za-z]/);
  const text = cut === -1 ? prompt : prompt.slice(0, cut);
  const params = cut === -1 ? "" : prompt.slice(cut).trim();
  const words = text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return { words: [...new Set(words)], params };
}

export interface ShortenResult {
  prompts: string[];
  text: string;
}

/**
 * /shorten: ranks the prompt's words (longer, earlier words weigh more, with a stable per-word wobble), lists the
 * important ones, and offers five progressively shorter prompts that keep the parameters. `detailed` is the
 * "Show Details" follow-up, which also prints each token's weight.
 */
export function shortenPrompt(prompt: string, detailed = false): ShortenResult {
  const { words, params } = splitPrompt(prompt);
  const weighted = words.map((word, i) => ({
    word,
    weight: Math.round((0.4 + word.length / 12 + 1 / (i + 2) + (hashString(word) % 100) / 400) * 100) / 100,
  }));
  const ranked = [...weighted].sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word));
  const important = ranked.slice(0, Math.max(1, Math.min(8, ranked.length)));
  const keep = (share: number) => {
    const count = Math.max(1, Math.round(important.length * share));
    const chosen = new Set(important.slice(0, count).map((t) => t.word));
    // Original order reads like a prompt; rank order would not.
    return words.filter((w) => chosen.has(w)).join(" ") || "untitled";
  };
  const prompts = [1, 0.8, 0.6, 0.4, 0.2].map((share) => [keep(share), params].filter(Boolean).join(" "));
  const tokens = detailed
    ? important.map((t) => `${t.word} (${t.weight.toFixed(2)})`).join("\n")
    : important.map((t) => t.word).join(", ");
  return { prompts, text: `## Important tokens\n${tokens}\n## Shortened prompts\n${numberedList(prompts)}` };
}
