// Request-body text: the rules every string a member or admin sends us shares, so a number where a prompt
// belongs, a terminal escape in a name or a broken UTF-16 half is refused in words at the boundary.
import { z } from "zod";

/** Unicode category Cc (C0, DEL, C1). Line breaks and tabs are Cc too; only multi-line text may keep them. */
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINE_BREAKS = /(?![\n\r\t])\p{Cc}/u;
/** Bidi embeddings/overrides (U+202A–202E) and isolates (U+2066–2069): they reorder the text around them. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** Line and paragraph separators (U+2028/2029): line breaks that are not Cc. */
const SEPARATOR = /[\p{Zl}\p{Zp}]/u;
/**
 * Invisible formatting (Cf: zero-width space, direction marks, soft hyphen, BOM…) makes a label look empty or
 * like someone else's. Zero-width (non-)joiners stay: emoji sequences and several scripts need them.
 */
const INVISIBLE = /(?![\u200C\u200D])\p{Cf}/u;

export type TextProblem = "surrogate" | "control" | "bidi" | "invisible";

export interface TextRules {
  /** Prompts: line breaks and tabs allowed, bidi controls too (right-to-left prompts are real prompts). */
  multiline?: boolean;
}

/** What is wrong with `value` under the rules, or null. Shared by the schemas and the browser forms. */
export function textProblem(value: string, rules: TextRules = {}): TextProblem | null {
  // A lone surrogate (JSON "\ud800") cannot be stored or encoded as UTF-8; it is never a real character.
  if (!value.isWellFormed()) return "surrogate";
  if ((rules.multiline ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL).test(value)) return "control";
  if (rules.multiline) return null;
  if (SEPARATOR.test(value)) return "control";
  if (BIDI_CONTROL.test(value)) return "bidi";
  if (INVISIBLE.test(value)) return "invisible";
  return null;
}

export function textProblemMessage(field: string, problem: TextProblem, rules: TextRules = {}): string {
  switch (problem) {
    case "surrogate":
      return `${field} contains a broken character (an unpaired UTF-16 surrogate such as \\ud800); send valid Unicode text`;
    case "control":
      return rules.multiline
        ? `${field} must not contain control characters such as NUL, BEL or ESC (line breaks and tabs are fine)`
        : `${field} must not contain control characters (line breaks, tabs, NUL, ESC and the like)`;
    case "bidi":
      return `${field} must not contain bidirectional override or isolate characters (U+202A–U+202E, U+2066–U+2069)`;
    case "invisible":
      return `${field} must not contain invisible formatting characters (zero-width spaces, direction marks and the like)`;
  }
}

/**
 * A string field of a request body: "<field> is required" when absent, "<field> must be text" for any other
 * type, then the text rules. Trimming and length limits are chained by the caller.
 */
export function text(field: string, rules: TextRules = {}) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be text`),
    })
    .superRefine((value, ctx) => {
      const problem = textProblem(value, rules);
      if (problem) ctx.addIssue({ code: "custom", message: textProblemMessage(field, problem, rules) });
    });
}
