// Inline messages for the params builder, run before anything is submitted (browser) and again on the server.
import { CONTROL_KEYS, SPECS } from "./catalog";
import { controlsFromPrompt, formatControl, formatNumber } from "./controls";
import {
  EXTREME_RATIO,
  NIJI_VERSIONS,
  STYLE_VERSIONS,
  VERSIONS,
  WEIGHT_OF,
  qualityValuesFor,
  rangeFor,
  ratioLimitFor,
  resolveModel,
  SUPPORT,
  supportOf,
} from "./models";
import type { Model } from "./models";
import { parsePrompt } from "./parse";
import type { ControlKey, ParamControls, ParamIssue, ParsedPrompt, ValidationContext } from "./types";

type Add = (issue: Omit<ParamIssue, "severity"> & { severity?: ParamIssue["severity"] }) => void;

const HINTS: Partial<Record<ControlKey, string>> = {
  aspectRatio: "use W:H with whole numbers, e.g. 16:9",
  version: "use a version number such as 6.1",
  niji: "use a niji version number such as 6",
  style: "use one word, e.g. raw",
  no: "list words separated by commas",
  oref: "use one image URL",
};

const isUrl = (s: string) => /^https?:\/\/\S+$/i.test(s);
const isOn = (controls: ParamControls, key: ControlKey) => formatControl(controls, key) !== null;

/** The name as the user would recognise it: `--relax` rather than the speed group, `--style raw`. */
function labelOf(controls: ParamControls, key: ControlKey): string {
  if (key === "speed" && controls.speed) return `--${controls.speed}`;
  if (key === "style" && controls.style) return `--style ${controls.style}`;
  return SPECS[key].label;
}

/** Rules that depend on the model are only advice for models our sources do not cover (V8+, Niji 7). */
const byModelSeverity = (model: Model): ParamIssue["severity"] => (model.documented ? "error" : "warning");

function checkNumber(key: ControlKey, value: number, model: Model, label: string, add: Add): void {
  if (!Number.isFinite(value)) {
    add({ param: key, code: "invalid_value", value: String(value), message: `${label} must be a number` });
    return;
  }
  if (key === "sv") {
    // Lenient: Midjourney adds sref models without notice, so an unknown one is a warning.
    if (!(STYLE_VERSIONS as readonly number[]).includes(value)) {
      const allowed = STYLE_VERSIONS.map(String);
      const message = `--sv ${formatNumber(value)} is not a style version this studio knows (${allowed.join(", ")}); Midjourney may reject it`;
      const issue = { param: key, code: "unknown_version", severity: "warning", allowed } as const;
      add({ ...issue, value: formatNumber(value), message });
    }
    return;
  }
  if (key === "quality") {
    const allowed = qualityValuesFor(model);
    if (allowed && !allowed.includes(value)) {
      const list = allowed.map(formatNumber);
      const message = `${label} must be one of ${list.join(", ")} with ${model.label}`;
      add({
        param: key,
        code: "not_allowed",
        severity: byModelSeverity(model),
        allowed: list,
        model: model.label,
        value: formatNumber(value),
        message,
      });
    }
    return;
  }
  const range = rangeFor(key, model);
  if (!range) return;
  if (range.integer && !Number.isInteger(value)) {
    add({
      param: key,
      code: "not_integer",
      value: formatNumber(value),
      message: `${label} must be a whole number`,
    });
  } else if (value < range.min || value > range.max) {
    // Say which model the range belongs to only where it differs between models.
    const byModel = key === "iw" || model.gen < 4;
    add({
      param: key,
      code: "out_of_range",
      ...(byModel ? { severity: byModelSeverity(model) } : {}),
      min: range.min,
      max: range.max,
      value: formatNumber(value),
      ...(byModel ? { model: model.label } : {}),
      message: `${label} must be between ${range.min} and ${range.max}${byModel ? ` with ${model.label}` : ""}`,
    });
  }
}

function checkRatio(ratio: string, model: Model, add: Add): void {
  const m = /^(\d+):(\d+)$/.exec(ratio);
  const [w, h] = [Number(m?.[1]), Number(m?.[2])];
  if (!m || w < 1 || h < 1) {
    const message = `--ar value "${ratio}" is not valid; ${HINTS.aspectRatio}, each side at least 1`;
    add({ param: "aspectRatio", code: "invalid_value", value: ratio, message });
    return;
  }
  const limit = ratioLimitFor(model);
  if (limit && (w / h < limit.min || w / h > limit.max)) {
    const message = `--ar must be between 1:2 and 2:1 with ${model.label}`;
    add({ param: "aspectRatio", code: "out_of_range", ...limit, value: ratio, model: model.label, message });
  } else if (w / h > EXTREME_RATIO || h / w > EXTREME_RATIO) {
    const message = `--ar ${ratio} is very elongated; beyond 1:${EXTREME_RATIO} or ${EXTREME_RATIO}:1 results are rarely usable`;
    add({ param: "aspectRatio", code: "extreme_ratio", severity: "warning", value: ratio, message });
  }
}

function checkValue(
  controls: ParamControls,
  key: ControlKey,
  model: Model,
  context: ValidationContext,
  add: Add,
) {
  const value = controls[key];
  const label = labelOf(controls, key);
  if (typeof value === "number") checkNumber(key, value, model, label, add);
  if (key === "aspectRatio" && controls.aspectRatio !== null) checkRatio(controls.aspectRatio, model, add);
  if (
    key === "version" &&
    controls.version !== null &&
    !(VERSIONS as readonly string[]).includes(controls.version)
  ) {
    const message = `--v ${controls.version} is not a version this studio knows; Midjourney may reject it`;
    add({ param: key, code: "unknown_version", severity: "warning", value: controls.version, message });
  }
  if (key === "niji" && controls.niji !== null) {
    if (controls.niji !== "" && !(NIJI_VERSIONS as readonly string[]).includes(controls.niji)) {
      const message = `--niji ${controls.niji} is not a version this studio knows; Midjourney may reject it`;
      add({ param: key, code: "unknown_version", severity: "warning", value: controls.niji, message });
    }
    if (controls.version !== null) {
      const message = "--niji and --v cannot be used together; keep one of them";
      add({ param: key, code: "conflict", other: "version", message });
    }
  }
  const support = SUPPORT[key];
  if (support && (key !== "style" || controls.style === "raw") && supportOf(key, model) !== "ok") {
    if (model.documented) {
      const message = `${label} does not work with ${model.label}; it needs ${support.needs}`;
      add({ param: key, code: "unsupported_version", model: model.label, message });
    } else {
      const message = `${label} is documented for ${support.needs}, not for ${model.label}; Midjourney may ignore or reject it`;
      add({ param: key, code: "undocumented_version", severity: "warning", model: model.label, message });
    }
  }
  const base = WEIGHT_OF[key];
  if (base && !isOn(controls, base)) {
    const message = `${label} has no effect without ${SPECS[base].label}`;
    add({ param: key, code: "no_effect", severity: "warning", other: base, message });
  }
  if (key === "iw" && context.hasImagePrompt === false) {
    const message = "--iw has no effect without an image URL at the start of the prompt";
    add({ param: key, code: "no_effect", severity: "warning", message });
  }
  const urls =
    key === "cref" ? controls.cref : key === "oref" && controls.oref !== null ? [controls.oref] : [];
  for (const url of urls.filter((u) => !isUrl(u))) {
    add({
      param: key,
      code: "invalid_value",
      value: url,
      message: `${label} value "${url}" is not an image URL`,
    });
  }
}

/**
 * Problems with the controls, version-aware: the model is `--niji` if set, else `--v`, else
 * `context.defaultVersion` (default "7"). Unknown params are never reported (Midjourney keeps adding some).
 */
export function validateControls(controls: ParamControls, context: ValidationContext = {}): ParamIssue[] {
  const model = resolveModel(controls, context);
  const issues: ParamIssue[] = [];
  const add: Add = (issue) => issues.push({ ...issue, severity: issue.severity ?? "error" });
  for (const key of CONTROL_KEYS) {
    const label = labelOf(controls, key);
    const raw = controls.invalid[key];
    if (raw === undefined) {
      if (isOn(controls, key)) checkValue(controls, key, model, context, add);
    } else if (isOn(controls, key)) {
      // A flag (or `--style raw`, `--fast`) followed by words: Midjourney would read them as its value.
      const message = `${label} takes no further words; move "${raw}" before the parameters`;
      add({ param: key, code: "unexpected_value", value: raw, message });
    } else if (raw === "") {
      add({ param: key, code: "missing_value", message: `${label} needs a value` });
    } else {
      const message = `${label} value "${raw}" is not valid; ${HINTS[key] ?? "use a number"}`;
      add({ param: key, code: "invalid_value", value: raw, message });
    }
  }
  return issues;
}

/** `validateControls` plus what only the text shows: repeated params and whether image URLs lead. */
export function validatePrompt(prompt: string | ParsedPrompt, context: ValidationContext = {}): ParamIssue[] {
  const parsed = typeof prompt === "string" ? parsePrompt(prompt) : prompt;
  const controls = controlsFromPrompt(parsed);
  const issues = validateControls(controls, { hasImagePrompt: parsed.urls.length > 0, ...context });
  const counts = new Map<ControlKey, number>();
  for (const { key } of parsed.params) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [key, count] of counts) {
    if (count < 2) continue;
    const message = `${SPECS[key].label} is given ${count} times; only the last one counts`;
    issues.push({ param: key, code: "duplicate", severity: "warning", message });
  }
  return issues;
}
