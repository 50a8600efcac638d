// What the params builder reads from the prompt text: controls, the model they are checked against, issues.
// Pure, so the Midjourney/Niji rule is unit-tested apart from React.
import {
  DEFAULT_VERSION,
  controlsFromPrompt,
  parsePrompt,
  resolveModel,
  setControl,
  validatePrompt,
} from "@/lib/params";
import type { Model, ParamControls, ParamIssue, ParsedParam, ParsedPrompt } from "@/lib/params";
import type { BotType } from "@/lib/schemas/task";

export interface ParamState {
  parsed: ParsedPrompt;
  controls: ParamControls;
  /** The model ranges and quality values come from (the same one validation used). */
  model: Model;
  issues: ParamIssue[];
  errors: ParamIssue[];
}

/**
 * The bot a prompt's own model pins: `--niji` means the Niji bot, `--v` the Midjourney bot (with both, an
 * error anyway, niji wins as on the bot). Null when the prompt names no model: then the switch decides.
 */
export function pinnedBot(controls: ParamControls): BotType | null {
  if (controls.niji !== null) return "NIJI_JOURNEY";
  if (controls.version !== null) return "MID_JOURNEY";
  return null;
}

/**
 * On the Niji bot a prompt without a model runs the current niji model, so it is checked as a bare
 * `--niji` would be. A synthetic param (not written to the text) keeps validatePrompt's text-only checks.
 */
function withBotDefault(parsed: ParsedPrompt, controls: ParamControls, bot: BotType): ParsedPrompt {
  if (bot !== "NIJI_JOURNEY" || pinnedBot(controls) !== null) return parsed;
  const end = parsed.params.at(-1)?.end ?? 0;
  const niji: ParsedParam = {
    raw: "--niji",
    start: end,
    end,
    prefix: "--",
    name: "niji",
    key: "niji",
    value: "",
  };
  return { ...parsed, params: [...parsed.params, niji] };
}

export function paramState(text: string, bot: BotType, hasImages: boolean): ParamState {
  const parsed = parsePrompt(text);
  const controls = controlsFromPrompt(parsed);
  const checked = withBotDefault(parsed, controls, bot);
  // Uploaded reference images reach Midjourney as image prompts too, so --iw weighs them as well.
  const context = { defaultVersion: DEFAULT_VERSION, hasImagePrompt: hasImages || parsed.urls.length > 0 };
  const issues = validatePrompt(checked, context);
  const modelControls = checked === parsed ? controls : setControl(controls, "niji", "");
  return {
    parsed,
    controls,
    model: resolveModel(modelControls, context),
    issues,
    errors: issues.filter((issue) => issue.severity === "error"),
  };
}

/** The version select's value: "" (default), "v:6.1", "niji:6", "niji:" (bare --niji). */
export function versionChoiceOf(controls: ParamControls): string {
  if (controls.niji !== null) return `niji:${controls.niji}`;
  if (controls.version !== null) return `v:${controls.version}`;
  return "";
}
