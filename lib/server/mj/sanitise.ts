import "server-only";

import { redactSecret, type UpstreamConfig } from "./config";

// ANSI/VT escape sequences (CSI "ESC [ ... letter", OSC "ESC ] ... BEL|ESC \", and two-byte ESC x).
const ANSI_ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]/g;
// C0/C1 control characters (tab/newlines are turned into spaces first) and the invisible bidi
// overrides/isolates/marks that can make text read differently from what it is.
const CONTROL_AND_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes upstream-authored protocol text (description, failReason, banned word) safe to show:
 * no control characters, escape sequences or bidi tricks, one line, bounded length.
 */
export function cleanUpstreamText(text: string, maxLength = 300): string {
  const cleaned = text
    .replace(ANSI_ESCAPES, "")
    .replace(/[\t\n\r\v\f]+/g, " ")
    .replace(CONTROL_AND_BIDI, "")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
}

/**
 * Like cleanUpstreamText, for multi-line text the studio parses and shows as written (a describe's four
 * prompts, a shorten analysis, a prompt): line breaks are kept, every other control character goes.
 */
export function cleanUpstreamProse(text: string, maxLength: number): string {
  const cleaned = text
    .replace(ANSI_ESCAPES, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\t\v\f]/g, " ")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .trim();
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
}

/**
 * An upstream body never reaches a user; for diagnosis it goes to the server log only,
 * cleaned, redacted of the key and truncated.
 */
export function logUpstreamBody(context: string, body: unknown, config: UpstreamConfig): void {
  if (body === undefined || body === null || body === "") return;
  let text: string;
  try {
    text = typeof body === "string" ? body : JSON.stringify(body);
  } catch {
    return;
  }
  console.warn(`[upstream] ${context}: ${cleanUpstreamText(redactSecret(text, config), 500)}`);
}
