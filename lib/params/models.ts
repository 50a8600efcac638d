// Version-aware tables behind validation. Sources: Midjourney's parameter docs as of mid-2025 (V7 era); where
// they are vague, or the model is newer than those docs (V8, V8.1, Niji 7), we check less and warn rather than
// block a prompt Midjourney would accept (see README "Ranges").
import type { ControlKey, ParamControls, ValidationContext } from "./types";

// V8 and V8.1 (and Niji 7) are known by name so they get no "unknown version" warning; their parameter rules
// are not documented in the sources above, so rules for them are advice only (see `documented`).
export const VERSIONS = ["1", "2", "3", "4", "5", "5.1", "5.2", "6", "6.1", "7", "8", "8.1"] as const;
export const NIJI_VERSIONS = ["4", "5", "6", "7"] as const;
/** The newest `--v` the studio knows: what the version picker offers first. */
export const LATEST_VERSION = "8.1";
/**
 * The model assumed when a prompt names none. The studio cannot see the account's /settings; Midjourney makes
 * its newest version the default, so the newest known one is assumed (an admin cap lowers it, see
 * `newestAccepted`). Rules that differ are warnings for undocumented models, so a wrong guess never blocks.
 */
export const DEFAULT_VERSION = LATEST_VERSION;
/** What a bare `--niji` means today. */
export const LATEST_NIJI = "7";

export interface Model {
  family: "v" | "niji";
  /**
   * The generation the rules compare against: niji N is trained alongside vN, so niji 6 follows the v6
   * rules. Unknown newer versions (a future `--v 9`) compare as newer than everything.
   */
  gen: number;
  /** How messages name it: "--v 6.1", "--niji 6". */
  label: string;
  /**
   * Whether the sources above describe this model's parameters. False for V8+, Niji 7+ and unknown versions:
   * a rule broken there is a warning (`undocumented_version`), never an error.
   */
  documented: boolean;
}

/** V7 and Niji 6 are the newest models whose parameter rules we have sources for. */
const isDocumented = (family: Model["family"], gen: number) => gen < (family === "v" ? 8 : 7);

export function resolveModel(controls: ParamControls, context: ValidationContext = {}): Model {
  if (controls.niji !== null) {
    const niji = controls.niji === "" ? LATEST_NIJI : controls.niji;
    const gen = Number(niji);
    return { family: "niji", gen, label: `--niji ${niji}`, documented: isDocumented("niji", gen) };
  }
  const version = controls.version ?? context.defaultVersion ?? DEFAULT_VERSION;
  const gen = Number(version);
  return { family: "v", gen, label: `--v ${version}`, documented: isDocumented("v", gen) };
}

export interface Range {
  min: number;
  max: number;
  integer: boolean;
}

/** Ranges that do not depend on the model. */
const FIXED: Partial<Record<ControlKey, Range>> = {
  chaos: { min: 0, max: 100, integer: true },
  weird: { min: 0, max: 3000, integer: true },
  seed: { min: 0, max: 4294967295, integer: true },
  stop: { min: 10, max: 100, integer: true },
  // 40 is the Pro plan's ceiling; lower plans get an error from Midjourney that we cannot predict here.
  repeat: { min: 1, max: 40, integer: true },
  sw: { min: 0, max: 1000, integer: true },
  cw: { min: 0, max: 100, integer: true },
  ow: { min: 1, max: 1000, integer: true },
  // --exp: 0–100 per the V7 docs (June 2025: "experimental aesthetics"; 5, 10, 25, 50 suggested).
  exp: { min: 0, max: 100, integer: true },
};

/**
 * `--sv` values with a known meaning. Sources: 1–4 are the sref models of V6–V7 (4 = V7's original sref model)
 * and 6 is V7's default since June 2025 (Midjourney's sref docs). 7 and 8 are the V8-era sref models (uncertain:
 * not in those docs). Anything else is a warning, never an error: Midjourney adds sref models without notice.
 */
export const STYLE_VERSIONS = [1, 2, 3, 4, 6, 7, 8] as const;

/** The allowed range of a numeric control for a model, or null when it is not checked. */
export function rangeFor(key: ControlKey, model: Model): Range | null {
  if (key === "stylize") {
    // v1–v3 used a different scale (625–60000, default 2500).
    return model.gen < 4 ? { min: 625, max: 60000, integer: true } : { min: 0, max: 1000, integer: true };
  }
  if (key === "iw") {
    if (model.gen >= 6) return { min: 0, max: 3, integer: false };
    // Legacy versions had their own, poorly documented scales: not checked.
    return model.gen >= 5 ? { min: 0.5, max: 2, integer: false } : null;
  }
  return FIXED[key] ?? null;
}

/** The `--q` values a model accepts, or null when not checked (pre-v4 models took a continuous range). */
export function qualityValuesFor(model: Model): readonly number[] | null {
  // V7 docs: 1, 2, 4. V8+ / Niji 7 are assumed to follow V7 (uncertain; only a warning there).
  if (model.gen >= 7) return [1, 2, 4];
  if (model.family === "v" && model.gen === 6.1) return [0.25, 0.5, 1, 2];
  return model.gen >= 4 ? [0.25, 0.5, 1] : null;
}

/** Hard limits of `--ar` for a model; v4 and niji 4 only rendered 1:2 to 2:1. */
export function ratioLimitFor(model: Model): { min: number; max: number } | null {
  return model.gen >= 4 && model.gen < 5 ? { min: 0.5, max: 2 } : null;
}

/** Beyond this, ~1 megapixel images have a short side under ~330 px: accepted but rarely useful. */
export const EXTREME_RATIO = 10;

export type SupportVerdict = "ok" | "unsupported";

interface Support {
  ok: (model: Model) => boolean;
  /** Completes "--x does not work with --v 4; it needs …". */
  needs: string;
}

/**
 * Params that only some models accept, with the source of each range. `style` is checked for "raw" only (other
 * styles are legacy). For models the sources do not cover (`documented: false`) a broken rule is a warning.
 */
export const SUPPORT: Partial<Record<ControlKey, Support>> = {
  // Docs: --style raw arrived with V5.1 and Niji 6.
  style: { ok: (m) => m.gen >= 5.1, needs: "--v 5.1 or later, or --niji 6" },
  // Docs: --weird arrived with V5.
  weird: { ok: (m) => m.family === "niji" || m.gen >= 5, needs: "--v 5 or later" },
  // Docs list --tile for every version but V4.
  tile: { ok: (m) => !(m.family === "v" && m.gen >= 4 && m.gen < 5), needs: "a version other than --v 4" },
  // Docs: --sref and --sv (which picks the sref model) arrived with V6 / Niji 6.
  sref: { ok: (m) => m.gen >= 6, needs: "--v 6 or later, or --niji 6" },
  sv: { ok: (m) => m.gen >= 6, needs: "--v 6 or later, or --niji 6" },
  // Docs: --cref is V6 / V6.1 / Niji 6 only; V7 replaced it with --oref. V8: uncertain (a warning).
  cref: { ok: (m) => m.gen >= 6 && m.gen < 7, needs: "--v 6, --v 6.1 or --niji 6 (--v 7 uses --oref)" },
  // Docs: --oref is V7's (April 2025). V8 and Niji 7 are assumed to keep it (uncertain).
  oref: { ok: (m) => m.gen >= 7, needs: "--v 7 or later" },
  // Docs: --p arrived with V6 / Niji 6.
  personalize: { ok: (m) => m.gen >= 6, needs: "--v 6 or later, or --niji 6" },
  // Docs: --draft is V7's (April 2025); whether V8 keeps it is uncertain (a warning, see `supportOf`).
  draft: { ok: (m) => m.family === "v" && m.gen >= 7 && m.gen < 8, needs: "--v 7" },
  // Docs: --exp arrived with V7 (June 2025); V8 and Niji 7 are assumed to keep it (uncertain).
  exp: { ok: (m) => m.gen >= 7, needs: "--v 7 or later" },
};

/** Whether a model takes a param that only some models accept ("ok" for params every model takes). */
export function supportOf(key: ControlKey, model: Model): SupportVerdict {
  const support = SUPPORT[key];
  return !support || support.ok(model) ? "ok" : "unsupported";
}

/** Weights that only mean something next to the reference they weigh. */
// --sv is not a weight, but like one it only picks how --sref is read.
export const WEIGHT_OF: Partial<Record<ControlKey, ControlKey>> = {
  sw: "sref",
  sv: "sref",
  cw: "cref",
  ow: "oref",
};
