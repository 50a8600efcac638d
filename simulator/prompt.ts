import "server-only";

import type { AspectRatio, SimBotType, TaskPlan, VersionKey } from "./types";

// Prompt parsing: Midjourney accepts any prompt at submit time and rejects bad parameters only once the job
// reaches the bot, so parsing yields a plan (how the job will end), not a submit-time error.

export interface ParsedPrompt {
  /** The text before the first parameter. */
  text: string;
  aspect: AspectRatio;
  /** Whether `--ar` / `--aspect` was given (a Custom Zoom prompt may change the aspect ratio). */
  aspectGiven: boolean;
  version: VersionKey;
  versionGiven: boolean;
  zoom: number | null;
  plan: TaskPlan;
}

interface Param {
  name: string;
  value: string;
}

/** Parameters Midjourney knows; anything else fails the job like the real bot does. */
// prettier-ignore
const KNOWN_PARAMS = new Set([
  "ar", "aspect", "v", "version", "niji", "zoom", "chaos", "c", "stylize", "s", "style", "q", "quality",
  "seed", "sameseed", "no", "tile", "weird", "w", "iw", "sref", "sw", "sv", "cref", "cw", "oref", "ow", "p",
  "personalize", "profile", "raw", "fast", "relax", "turbo", "draft", "exp", "repeat", "r", "stop", "video",
  "motion", "hd", "sd", "uplight", "upbeta", "upanime", "test", "testp", "creative", "loop", "end", "bs",
]);

// prettier-ignore
const MJ_VERSIONS: Record<string, VersionKey> = {
  "5": "v5", "5.0": "v5", "5.1": "v5", "5.2": "v5",
  "6": "v6", "6.0": "v6", "6.1": "v6.1",
  "7": "v7", "7.0": "v7",
  "8": "v8", "8.0": "v8", "8.1": "v8.1",
};
const NIJI_VERSIONS: Record<string, VersionKey> = { "5": "niji5", "6": "niji6", "7": "niji7" };

// The simulated account's /settings default: the newest model, as Midjourney makes it once it is out.
const DEFAULT_MJ_VERSION: VersionKey = "v8.1";
const DEFAULT_NIJI_VERSION: VersionKey = "niji7";
/** Beyond this the 2×2 grid would have slivers a few pixels wide. */
const MAX_ASPECT_SPREAD = 8;

/** Parameter failures happen right after the bot sees the job, before any progress. */
const INVALID_PARAM_FAIL_AT = 0.05;
/** The forced failure happens mid-render so clients see progress (and a preview) first. */
const FORCED_FAIL_AT = 0.5;

export const FORCED_FAILURE_REASON = "[Job failed] The simulator was asked to fail this job";
const FORCED_FAIL_TRIGGER = /(?:^|\s)sim:fail(?=\s|$)/i;

function splitParams(prompt: string): { text: string; params: Param[] } {
  const parts = prompt.split(/(?:^|\s+)--(?=[A-Za-z])/);
  const text = (parts.shift() ?? "").trim();
  const params = parts.map((part) => {
    const match = /^([A-Za-z_]+)\s*(.*)$/s.exec(part.trim());
    return { name: (match?.[1] ?? "").toLowerCase(), value: (match?.[2] ?? "").trim() };
  });
  return { text, params };
}

export function parseAspect(value: string): AspectRatio | null {
  const match = /^(\d{1,5}):(\d{1,5})$/.exec(value.trim());
  if (!match) return null;
  const w = Number(match[1]);
  const h = Number(match[2]);
  if (w < 1 || h < 1) return null;
  if (Math.max(w, h) / Math.min(w, h) > MAX_ASPECT_SPREAD) return null;
  return { w, h };
}

function invalid(reason: string): TaskPlan {
  return { outcome: "failure", reason: `[Invalid parameter] ${reason}`, atFraction: INVALID_PARAM_FAIL_AT };
}

/** Parses `--ar`, `--v`/`--version`, `--niji`, `--zoom` and decides the job's outcome. */
export function parsePrompt(prompt: string, botType: SimBotType = "MID_JOURNEY"): ParsedPrompt {
  const { text, params } = splitParams(prompt);
  const result: ParsedPrompt = {
    text,
    aspect: { w: 1, h: 1 },
    aspectGiven: false,
    version: botType === "NIJI_JOURNEY" ? DEFAULT_NIJI_VERSION : DEFAULT_MJ_VERSION,
    versionGiven: false,
    zoom: null,
    plan: { outcome: "success" },
  };
  const failures: TaskPlan[] = [];

  const unknown = params.filter((p) => !KNOWN_PARAMS.has(p.name)).map((p) => `\`--${p.name}\``);
  if (unknown.length > 0) failures.push(invalid(`Unrecognized parameter(s): ${unknown.join(" ")}`));

  let niji = false;
  for (const { name, value } of params) {
    if (name === "ar" || name === "aspect") {
      const parsed = parseAspect(value);
      if (parsed) result.aspect = parsed;
      else failures.push(invalid(`Invalid aspect ratio: ${value}`));
      result.aspectGiven = true;
    } else if (name === "niji") {
      // --niji wins over --v, as on the Niji bot.
      const key = value === "" ? DEFAULT_NIJI_VERSION : NIJI_VERSIONS[value];
      niji = true;
      result.versionGiven = true;
      if (key) result.version = key;
      else failures.push(invalid(`Invalid niji version: ${value}`));
    } else if ((name === "v" || name === "version") && !niji) {
      const key = MJ_VERSIONS[value];
      result.versionGiven = true;
      if (key) result.version = key;
      else failures.push(invalid(`Invalid version: ${value}`));
    } else if (name === "zoom") {
      const zoom = Number.parseFloat(value);
      result.zoom = Number.isFinite(zoom) ? zoom : null;
    }
  }

  if (FORCED_FAIL_TRIGGER.test(prompt)) {
    failures.push({ outcome: "failure", reason: FORCED_FAILURE_REASON, atFraction: FORCED_FAIL_AT });
  }
  result.plan = failures[0] ?? { outcome: "success" };
  return result;
}

/** How Midjourney writes a `--v` back: "7" → "7.0", "5.2" and "8.1" stay; the alias `--version` becomes `--v`. */
const echoVersion = (value: string) => Number(value).toFixed(1);

const VERSION_PARAM = /(^|\s)--(?:v|version)(?:\s+(\S+))?(?=\s|$)/gi;
const NIJI_PARAM = /(^|\s)--niji(?:\s+(\d+(?:\.\d+)?))?(?=\s|$)/gi;

/**
 * The prompt as Midjourney echoes it in `finalPrompt` (mj-api.md 5.3, e.g. "dog --v 7.0 --p 77724z8"): the
 * model it ran on is written out, normalised, and appended when the prompt named none (the account default).
 * Versions the simulator does not know are left as typed (the job fails anyway). Idempotent.
 */
export function echoPrompt(prompt: string, botType: SimBotType = "MID_JOURNEY"): string {
  const parsed = parsePrompt(prompt, botType);
  if (!parsed.versionGiven) {
    // The account default the job ran on.
    const model =
      botType === "NIJI_JOURNEY"
        ? `--niji ${DEFAULT_NIJI_VERSION.slice("niji".length)}`
        : `--v ${DEFAULT_MJ_VERSION.slice("v".length)}`;
    return `${prompt.trimEnd()} ${model}`.trimStart();
  }
  if (parsed.version.startsWith("niji")) {
    // A bare --niji is the current niji model, written out.
    const current = DEFAULT_NIJI_VERSION.slice("niji".length);
    return prompt.replace(NIJI_PARAM, (whole, lead: string, value?: string) =>
      value === undefined ? `${lead}--niji ${current}` : whole,
    );
  }
  return prompt.replace(VERSION_PARAM, (whole, lead: string, value?: string) =>
    value !== undefined && MJ_VERSIONS[value] ? `${lead}--v ${echoVersion(value)}` : whole,
  );
}

/** Custom Zoom requires `--zoom` between 1 and 2 (mj-api.md 4.5). */
export function isValidCustomZoom(zoom: number | null): zoom is number {
  return zoom !== null && zoom >= 1 && zoom <= 2;
}

const BANNED_WORDS = ["nsfw", "gore", "gory", "nude", "nudity", "naked", "porn", "pornographic", "hentai"];
const BANNED_PATTERN = new RegExp(`\\b(${BANNED_WORDS.join("|")})\\b`, "i");

/** Whole-word, case-insensitive match; returns the word as it appears in the prompt. */
export function findBannedWord(prompt: string): string | null {
  return BANNED_PATTERN.exec(prompt)?.[1] ?? null;
}
