// Version-aware tables behind validation. Sources: Midjourney's parameter docs; where they are vague we
// check less rather than block a prompt Midjourney would accept (see README "Ranges").
import type { ControlKey, ParamControls, ValidationContext } from "./types";

export const VERSIONS = ["1", "2", "3", "4", "5", "5.1", "5.2", "6", "6.1", "7"] as const;
export const NIJI_VERSIONS = ["4", "5", "6"] as const;
export const DEFAULT_VERSION = "7";
/** What a bare `--niji` means today. */
export const LATEST_NIJI = "6";

export interface Model {
  family: "v" | "niji";
  /**
   * The generation the rules compare against: niji N is trained alongside vN, so niji 6 follows the v6
   * rules. Unknown newer versions (a future `--v 8`) compare as newer than everything, i.e. like v7.
   */
  gen: number;
  /** How messages name it: "--v 6.1", "--niji 6". */
  label: string;
}

export function resolveModel(controls: ParamControls, context: ValidationContext = {}): Model {
  if (controls.niji !== null) {
    const niji = controls.niji === "" ? LATEST_NIJI : controls.niji;
    return { family: "niji", gen: Number(niji), label: `--niji ${niji}` };
  }
  const version = controls.version ?? context.defaultVersion ?? DEFAULT_VERSION;
  return { family: "v", gen: Number(version), label: `--v ${version}` };
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
};

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

interface Support {
  ok: (model: Model) => boolean;
  /** Completes "--x does not work with --v 4; it needs …". */
  needs: string;
}

/** Params that only some models accept. `style` is checked for "raw" only (other styles are legacy). */
export const SUPPORT: Partial<Record<ControlKey, Support>> = {
  style: { ok: (m) => m.gen >= 5.1, needs: "--v 5.1 or later, or --niji 6" },
  weird: { ok: (m) => m.family === "niji" || m.gen >= 5, needs: "--v 5 or later" },
  tile: { ok: (m) => !(m.family === "v" && m.gen >= 4 && m.gen < 5), needs: "a version other than --v 4" },
  sref: { ok: (m) => m.gen >= 6, needs: "--v 6 or later, or --niji 6" },
  cref: { ok: (m) => m.gen >= 6 && m.gen < 7, needs: "--v 6, --v 6.1 or --niji 6 (--v 7 uses --oref)" },
  oref: { ok: (m) => m.gen >= 7, needs: "--v 7" },
  personalize: { ok: (m) => m.gen >= 6, needs: "--v 6 or later, or --niji 6" },
  draft: { ok: (m) => m.gen >= 7, needs: "--v 7" },
};

/** Weights that only mean something next to the reference they weigh. */
export const WEIGHT_OF: Partial<Record<ControlKey, ControlKey>> = { sw: "sref", cw: "cref", ow: "oref" };
