// Shapes of the prompt-parameters model. Isomorphic: imported by browser forms and by the server.

/** One `--name value…` (or `—name value…`) run of the prompt, exactly as typed. */
export interface ParsedParam {
  /** The exact text from the prefix to the end of the last value token; unusual spacing inside is kept. */
  raw: string;
  /** Offsets of `raw` in the prompt, so edits can replace it in place. */
  start: number;
  end: number;
  /** `—` is what iOS autocorrect makes of `--`; Midjourney accepts it, so we keep whichever was typed. */
  prefix: "--" | "—";
  /** The name as typed (case kept), e.g. `stylize` or `AR`. */
  name: string;
  /** The control this param feeds, or null when the studio does not know the param (kept verbatim). */
  key: ControlKey | null;
  /** Everything after the name up to the next param, trimmed; "" when there is none. */
  value: string;
}

export interface ParsedPrompt {
  /** Leading image prompts (http(s) URLs before the text), angle brackets stripped. */
  urls: string[];
  /** The text prompt between the URLs and the first param, trimmed; multi-prompt weights (`::2`) stay in it. */
  body: string;
  /** Params in typed order, duplicates included (the last one wins when read into controls). */
  params: ParsedParam[];
}

export type Speed = "fast" | "relax" | "turbo";

/**
 * The value behind each control of the params builder. `null` / `[]` / `false` mean "not in the prompt".
 * Numbers are numbers so sliders can bind to them; anything that could not be read lands in `invalid`.
 */
export interface ParamControls {
  /** `--ar W:H`, normalised ("016:09" reads as "16:9"). */
  aspectRatio: string | null;
  /** `--v`, normalised ("6.0" reads as "6"). */
  version: string | null;
  /** `--niji N`; "" is a bare `--niji` (Midjourney's current niji model). */
  niji: string | null;
  stylize: number | null;
  chaos: number | null;
  weird: number | null;
  quality: number | null;
  seed: number | null;
  stop: number | null;
  repeat: number | null;
  /** `--no a, b` split on commas (ASCII or full-width), items trimmed. */
  no: string[];
  tile: boolean;
  /**
   * `--style` value, lower-cased. One string rather than a `styleRaw` boolean because Midjourney takes a
   * single style: a "raw" checkbox is `style === "raw"`, and `--raw` (v7 shorthand) reads as "raw" too.
   */
  style: string | null;
  iw: number | null;
  /** Style references: URLs, numeric codes or `random`, each possibly with a `::weight` suffix. */
  sref: string[];
  sw: number | null;
  /** Character references (URLs). */
  cref: string[];
  cw: number | null;
  /** Omni reference (one URL). */
  oref: string | null;
  ow: number | null;
  /**
   * `--p` / `--personalize` / `--profile` (V7-era alias): null = absent, [] = bare `--p` (default profile),
   * else profile codes.
   */
  personalize: string[] | null;
  /** `--fast` / `--relax` / `--turbo`. */
  speed: Speed | null;
  draft: boolean;
  /** `--exp`: experimental aesthetics strength (V7+), 0–100. */
  exp: number | null;
  /** `--sv`: which style-reference model `--sref` uses (a small integer such as 4 or 6). */
  sv: number | null;
  /**
   * Raw value text of params that could not be read (`--s abc` → `{ stylize: "abc" }`; a bare `--s` → "";
   * stray words after a flag, `--tile pattern` → `{ tile: "pattern" }`). Lets validation show a message and
   * lets `applyControls` leave the typed text alone while the control is untouched.
   */
  invalid: Partial<Record<ControlKey, string>>;
}

export type ControlKey = Exclude<keyof ParamControls, "invalid">;

export type IssueCode =
  | "missing_value"
  | "invalid_value"
  | "unexpected_value"
  | "not_integer"
  | "out_of_range"
  | "not_allowed"
  | "unsupported_version"
  | "conflict"
  | "no_effect"
  | "unknown_version"
  | "undocumented_version"
  | "extreme_ratio"
  | "duplicate";

/** One inline message. `code` plus the optional fields are enough for a UI to build a translated text. */
export interface ParamIssue {
  param: ControlKey;
  code: IssueCode;
  /** Errors should block submitting; warnings are advice (Midjourney may still accept the prompt). */
  severity: "error" | "warning";
  /** English sentence, e.g. "--stylize must be between 0 and 1000". */
  message: string;
  min?: number;
  max?: number;
  allowed?: readonly string[];
  /** The offending value as typed or as set. */
  value?: string;
  /** The model the rule was checked against, e.g. "--v 7" or "--niji 6". */
  model?: string;
  /** The other param of a conflict, or the param this one depends on. */
  other?: ControlKey;
}

export interface ValidationContext {
  /** Model used when the prompt names none (the account's default). Defaults to "7". */
  defaultVersion?: string;
  /** Whether the prompt starts with image URLs; when known to be false, `--iw` gets a no-effect warning. */
  hasImagePrompt?: boolean;
}
