// Text edits the params builder makes beyond one control at a time, and the readers of its text inputs.
// Pure: every function takes the prompt text (the single source of truth) and returns the next text.
import { applyControls, controlsFromPrompt, emptyControls, parsePrompt, setControl } from "@/lib/params";
import type { BotType } from "@/lib/schemas/task";

const controlsOf = (text: string) => controlsFromPrompt(parsePrompt(text));

/**
 * The bot switch moved: a model param that contradicts the new bot is removed (`--v` on Niji, `--niji` on
 * Midjourney), so the prompt then runs the bot's default model. A matching or absent one is left alone.
 */
export function textForBot(text: string, bot: BotType): string {
  const controls = controlsOf(text);
  const drop = bot === "NIJI_JOURNEY" ? "version" : "niji";
  if (controls[drop] === null) return text;
  return applyControls(text, setControl(controls, drop, null));
}

/**
 * The version select moved (see versionChoiceOf): one model param is written and the other removed, since
 * Midjourney takes one model per prompt. "" removes both. The bot follows through pinnedBot.
 */
export function textForVersion(text: string, choice: string): string {
  const [family, value = ""] = choice.split(":");
  let controls = controlsOf(text);
  controls = setControl(controls, "version", family === "v" ? value : null);
  controls = setControl(controls, "niji", family === "niji" ? value : null);
  return applyControls(text, controls);
}

/** Removes every param the studio knows (typed-but-unreadable ones too); the text and unknown params stay. */
export function resetParams(text: string): string {
  return applyControls(text, emptyControls());
}

/**
 * A number typed into a field: a number to write, null to remove the param, or undefined while the text
 * is not a number yet ("", "-", "1.") so half-typed input is not written into the prompt.
 */
export function readNumberDraft(draft: string): number | null | undefined {
  const trimmed = draft.trim();
  if (trimmed === "") return null;
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

// A value containing ` --x` would read back as a new (unknown) param, so the dashes are dropped.
const stripParamStarts = (value: string) => value.replace(/(^|\s)(?:--|—)+(?=[A-Za-z])/g, "$1");

/** `--no` items from a comma-separated input (ASCII or full-width commas, as the parser splits them). */
export function readListDraft(draft: string): string[] {
  return stripParamStarts(draft)
    .split(/[,，]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Reference URLs or codes from a space-separated input. */
export function readWordsDraft(draft: string): string[] {
  return stripParamStarts(draft).split(/\s+/).filter(Boolean);
}

/** A random --seed over Midjourney's whole 32-bit range. */
export function randomSeed(random: () => number = secureRandom): number {
  return Math.floor(random() * 4294967296);
}

function secureRandom(): number {
  const word = new Uint32Array(1);
  globalThis.crypto.getRandomValues(word);
  return (word[0] ?? 0) / 4294967296;
}

/** `--ar` from the custom W:H input; undefined while it is not W:H yet ("16", "16:"). */
export function readRatioDraft(draft: string): string | null | undefined {
  const trimmed = draft.trim().replace(/\s*[:：]\s*/, ":");
  if (trimmed === "") return null;
  return /^\d+:\d+$/.test(trimmed) ? trimmed : undefined;
}
