import "server-only";

import type { SimButton } from "./types";

// Buttons under the bot's text replies (mj-api.md 8.6, 8.7). Unlike the image buttons they carry no job hash:
// the proxy resolves them through the task they are pressed on.

/**
 * Midjourney's "Show Details" button under a /shorten reply. Its real customId is not documented (8.7); the
 * simulator uses this one, in the same `MJ::Job::PromptAnalyzer` family as the numbered buttons.
 */
export const SHOW_DETAILS_CUSTOM_ID = "MJ::Job::PromptAnalyzer::ShowDetails";
export const PICREAD_RETRY_CUSTOM_ID = "MJ::Picread::Retry";
export const PICREAD_ALL_CUSTOM_ID = "MJ::Job::PicReader::all";

const KEYCAP_EMOJI = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"];

function button(customId: string, label: string, emoji: string): SimButton {
  return { customId, emoji, label, type: 2, style: 2 };
}

/** After DESCRIBE: imagine prompt 1–4 (each through the dialog), describe again, imagine all four. */
export function describeButtons(): SimButton[] {
  return [
    ...[1, 2, 3, 4].map((n) => button(`MJ::Job::PicReader::${n}`, "", KEYCAP_EMOJI[n - 1] ?? "")),
    button(PICREAD_RETRY_CUSTOM_ID, "", "🔄"),
    button(PICREAD_ALL_CUSTOM_ID, "Imagine all", "🎉"),
  ];
}

/** After SHORTEN: imagine one of the five shortened prompts (through the dialog); Show Details once. */
export function shortenButtons(detailed: boolean): SimButton[] {
  return [
    ...[1, 2, 3, 4, 5].map((n) => button(`MJ::Job::PromptAnalyzer::${n}`, "", KEYCAP_EMOJI[n - 1] ?? "")),
    ...(detailed ? [] : [button(SHOW_DETAILS_CUSTOM_ID, "Show Details", "")]),
  ];
}

export type TextCustomId =
  | { kind: "pic_reader"; index: number }
  | { kind: "pic_reader_all" }
  | { kind: "picread_retry" }
  | { kind: "prompt_analyzer"; index: number }
  | { kind: "show_details" };

/** Decodes the describe / shorten buttons; null for anything else (including the image buttons). */
export function parseTextCustomId(customId: string): TextCustomId | null {
  if (customId === PICREAD_ALL_CUSTOM_ID) return { kind: "pic_reader_all" };
  if (customId === PICREAD_RETRY_CUSTOM_ID) return { kind: "picread_retry" };
  if (customId === SHOW_DETAILS_CUSTOM_ID) return { kind: "show_details" };
  const reader = /^MJ::Job::PicReader::([1-4])$/.exec(customId);
  if (reader) return { kind: "pic_reader", index: Number(reader[1]) };
  const analyzer = /^MJ::Job::PromptAnalyzer::([1-5])$/.exec(customId);
  if (analyzer) return { kind: "prompt_analyzer", index: Number(analyzer[1]) };
  return null;
}

/**
 * new-api only maps customIds whose second segment is exactly `JOB`, plus Outpaint / CustomZoom / Inpaint; every
 * other one (PicReader, PromptAnalyzer, Picread, BOOKMARK) is refused with `unknown_action:` (mj-api.md 11.9).
 */
export function aggregatorKnowsCustomId(customId: string): boolean {
  const family = customId.split("::")[1] ?? "";
  return family === "JOB" || family === "Outpaint" || family === "CustomZoom" || family === "Inpaint";
}
