// Which `--names` the studio understands and which control each one feeds.
import type { ControlKey } from "./types";

export interface ParamSpec {
  /**
   * Lower-case names that carry a value. The first is the one written when a param is appended: the short
   * forms people actually type (`--ar`, `--s`), so studio-made prompts look like hand-made ones.
   */
  names: readonly string[];
  /** Names that are their own value: `--raw` means `--style raw`, `--fast` means speed "fast". */
  implied?: readonly string[];
  /** How messages refer to the param. */
  label: string;
}

/** Insertion order here is the order several newly set controls are appended in. */
export const SPECS: { readonly [K in ControlKey]: ParamSpec } = {
  aspectRatio: { names: ["ar", "aspect"], label: "--ar" },
  version: { names: ["v", "version"], label: "--v" },
  niji: { names: ["niji"], label: "--niji" },
  style: { names: ["style"], implied: ["raw"], label: "--style" },
  stylize: { names: ["s", "stylize"], label: "--stylize" },
  chaos: { names: ["c", "chaos"], label: "--chaos" },
  weird: { names: ["w", "weird"], label: "--weird" },
  exp: { names: ["exp"], label: "--exp" },
  quality: { names: ["q", "quality"], label: "--quality" },
  seed: { names: ["seed"], label: "--seed" },
  stop: { names: ["stop"], label: "--stop" },
  repeat: { names: ["r", "repeat"], label: "--repeat" },
  no: { names: ["no"], label: "--no" },
  tile: { names: ["tile"], label: "--tile" },
  iw: { names: ["iw"], label: "--iw" },
  sref: { names: ["sref"], label: "--sref" },
  sv: { names: ["sv"], label: "--sv" },
  sw: { names: ["sw"], label: "--sw" },
  cref: { names: ["cref"], label: "--cref" },
  cw: { names: ["cw"], label: "--cw" },
  oref: { names: ["oref"], label: "--oref" },
  ow: { names: ["ow"], label: "--ow" },
  // `--profile` is the name Midjourney's V7 docs use alongside `--p`; whichever was typed is kept on edit.
  personalize: { names: ["p", "personalize", "profile"], label: "--p" },
  speed: { names: [], implied: ["fast", "relax", "turbo"], label: "--fast/--relax/--turbo" },
  draft: { names: ["draft"], label: "--draft" },
};

export const CONTROL_KEYS = Object.keys(SPECS) as ControlKey[];

const NAME_TO_KEY = new Map<string, ControlKey>();
for (const key of CONTROL_KEYS) {
  for (const name of [...SPECS[key].names, ...(SPECS[key].implied ?? [])]) NAME_TO_KEY.set(name, key);
}

/** The control a typed name feeds; names are case-insensitive (`--AR` works in Midjourney too). */
export function keyForName(name: string): ControlKey | null {
  return NAME_TO_KEY.get(name.toLowerCase()) ?? null;
}

/** True for `--raw`, `--fast`…: names that cannot carry a different value. */
export function isImpliedName(key: ControlKey, name: string): boolean {
  return SPECS[key].implied?.includes(name.toLowerCase()) ?? false;
}
