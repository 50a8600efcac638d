// Validation issues → message keys (namespace "params.issues") with their values. The English sentence of
// lib/params is not shown: the catalogs translate by `code`, so Chinese users get the same bounds.
import { SPECS } from "@/lib/params";
import type { ControlKey, ParamIssue } from "@/lib/params";

export const ISSUE_KEYS = [
  "missingValue",
  "invalidNumber",
  "invalidRatio",
  "invalidVersion",
  "invalidStyle",
  "invalidList",
  "invalidReference",
  "unexpectedValue",
  "notInteger",
  "outOfRange",
  "outOfRangeModel",
  "ratioOutOfRange",
  "notAllowed",
  "unsupportedVersion",
  "conflict",
  "noEffect",
  "noEffectImage",
  "unknownVersion",
  "extremeRatio",
  "duplicate",
] as const;
/** Keys added with the V8 parameters; they live in "paramsV8.issues" (a separate namespace keeps merges easy). */
export const V8_ISSUE_KEYS = ["undocumentedVersion"] as const;
export type IssueKey = (typeof ISSUE_KEYS)[number] | (typeof V8_ISSUE_KEYS)[number];

export interface IssueWords {
  key: IssueKey;
  /** The message namespace the key belongs to. */
  namespace: "params.issues" | "paramsV8.issues";
  values: Record<string, string | number>;
}

/** How messages name a param: its `--name`. */
export function paramLabel(key: ControlKey): string {
  return SPECS[key].label;
}

/** Only `--style raw` is version-checked, and only `--raw` can carry stray words: name it fully there. */
function issueLabel(issue: ParamIssue): string {
  const raw = issue.code === "unsupported_version" || issue.code === "unexpected_value";
  return issue.param === "style" && raw ? "--style raw" : paramLabel(issue.param);
}

const INVALID_KEYS: Partial<Record<ControlKey, IssueKey>> = {
  aspectRatio: "invalidRatio",
  version: "invalidVersion",
  niji: "invalidVersion",
  style: "invalidStyle",
  no: "invalidList",
  cref: "invalidReference",
  oref: "invalidReference",
  sref: "invalidReference",
};

/** Codes whose message does not depend on the param or the issue's details. */
const PLAIN_KEYS: Record<
  Exclude<ParamIssue["code"], "invalid_value" | "out_of_range" | "no_effect">,
  IssueKey
> = {
  missing_value: "missingValue",
  unexpected_value: "unexpectedValue",
  not_integer: "notInteger",
  not_allowed: "notAllowed",
  unsupported_version: "unsupportedVersion",
  conflict: "conflict",
  unknown_version: "unknownVersion",
  undocumented_version: "undocumentedVersion",
  extreme_ratio: "extremeRatio",
  duplicate: "duplicate",
};

function keyFor(issue: ParamIssue): IssueKey {
  switch (issue.code) {
    case "invalid_value":
      return INVALID_KEYS[issue.param] ?? "invalidNumber";
    case "out_of_range":
      if (issue.param === "aspectRatio") return "ratioOutOfRange";
      return issue.model ? "outOfRangeModel" : "outOfRange";
    case "no_effect":
      // --sw/--cw/--ow name the reference they weigh; --iw's "other" is the image prompt itself.
      return issue.other ? "noEffect" : "noEffectImage";
    default:
      return PLAIN_KEYS[issue.code];
  }
}

/** Every value a message may use; ICU ignores the ones a sentence does not mention. */
export function issueWords(issue: ParamIssue): IssueWords {
  const key = keyFor(issue);
  const v8 = (V8_ISSUE_KEYS as readonly IssueKey[]).includes(key);
  return {
    key,
    namespace: v8 ? "paramsV8.issues" : "params.issues",
    values: {
      param: issueLabel(issue),
      value: issue.value ?? "",
      min: issue.min ?? 0,
      max: issue.max ?? 0,
      allowed: issue.allowed?.join(", ") ?? "",
      model: issue.model ?? "",
      other: issue.other ? paramLabel(issue.other) : "",
    },
  };
}
