// Control → text direction: rewrite only the params whose control changed, where the user typed them.
import { CONTROL_KEYS, SPECS } from "./catalog";
import { controlsFromPrompt, formatControl, sameControl } from "./controls";
import { parsePrompt } from "./parse";
import type { ControlKey, ParamControls, ParsedParam } from "./types";

/**
 * The text of one param. A replaced param keeps the prefix and the alias the user typed (`—stylize 250`,
 * not `--s 250`); names that are their own value (`--raw`, `--fast`) give way to the form that can hold the
 * new value (`--style cute`, `--relax`). Appended params use the short canonical name.
 */
function renderParam(key: ControlKey, valueText: string, typed?: ParsedParam): string {
  const spec = SPECS[key];
  const prefix = typed?.prefix ?? "--";
  const implied = spec.implied?.includes(valueText) ?? false;
  let name: string;
  let value = valueText;
  if (typed && spec.names.includes(typed.name.toLowerCase())) {
    name = typed.name;
  } else if (implied && (typed !== undefined || spec.names.length === 0)) {
    name = valueText;
    value = "";
  } else {
    name = spec.names[0] ?? valueText;
  }
  return value === "" ? `${prefix}${name}` : `${prefix}${name} ${value}`;
}

/** Per param index: a new text, or null to remove it. Params not in the map are copied as typed. */
type Edits = Map<number, string | null>;

function assemble(text: string, params: ParsedParam[], edits: Edits, appended: string[]): string {
  // The head is everything before the whitespace that precedes the first param; that whitespace counts as
  // the first param's separator, so removing the first param also removes the space in front of it.
  let headEnd = params[0]?.start ?? text.trimEnd().length;
  while (headEnd > 0 && /\s/.test(text.charAt(headEnd - 1))) headEnd--;
  let out = text.slice(0, headEnd);
  let prevEnd = headEnd;
  // The separator of the first removed param of a run goes to the next kept one: "a --s 1 --c 2" minus
  // --s is "a --c 2", and "--s 1 --c 2" minus --s is "--c 2" with no leading space.
  let pending: string | null = null;
  params.forEach((param, i) => {
    const separator = text.slice(prevEnd, param.start);
    prevEnd = param.end;
    const edit = edits.get(i);
    if (edit === null) {
      pending ??= separator;
      return;
    }
    out += (pending ?? separator) + (edit ?? param.raw);
    pending = null;
  });
  for (const param of appended) out += (out === "" ? "" : " ") + param;
  // Trailing whitespace stays trailing (the caret of a textarea often sits there).
  return out + text.slice(prevEnd);
}

/**
 * Rewrites the prompt so its params match `next`, touching only controls whose state differs from what
 * the text says now: a changed value replaces the param where it was typed (the last one, if repeated), a
 * new param is appended, a param whose control is off is removed (every copy of it) with its spacing.
 * The body, URLs, unknown params and untouched params are kept byte for byte, so
 * `applyControls(text, controlsFromPrompt(parsePrompt(text))) === text`.
 */
export function applyControls(text: string, next: ParamControls): string {
  const parsed = parsePrompt(text);
  const current = controlsFromPrompt(parsed);
  const edits: Edits = new Map();
  const appended: string[] = [];
  for (const key of CONTROL_KEYS) {
    if (sameControl(current, next, key)) continue;
    const owned: number[] = [];
    parsed.params.forEach((param, i) => {
      if (param.key === key) owned.push(i);
    });
    // Written from the value alone: the invalid text only matters for "unchanged" (see setControl).
    const valueText = formatControl(next, key);
    if (valueText === null) {
      for (const i of owned) edits.set(i, null);
      continue;
    }
    const last = owned.at(-1);
    if (last === undefined) appended.push(renderParam(key, valueText));
    else edits.set(last, renderParam(key, valueText, parsed.params[last]));
  }
  if (edits.size === 0 && appended.length === 0) return text;
  return assemble(text, parsed.params, edits, appended);
}
