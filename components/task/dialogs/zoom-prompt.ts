// Custom Zoom's prompt rules, kept pure so the dialog and its tests agree with what the server checks.

export const ZOOM_MIN = 1;
export const ZOOM_MAX = 2;
export const ZOOM_STEP = 0.05;
/** Midjourney pre-fills its Custom Zoom dialog with --zoom 2. */
export const ZOOM_DEFAULT = 2;

const ZOOM_FLAG = /(^|\s)--zoom(?:\s+([^\s-][^\s]*))?(?=\s|$)/i;

/** The --zoom value written in the prompt: a number, NaN when the flag has no number, null without the flag. */
export function readZoom(prompt: string): number | null {
  const match = ZOOM_FLAG.exec(prompt);
  if (!match) return null;
  const raw = match[2];
  return raw === undefined ? Number.NaN : Number(raw);
}

/** Rounds to the slider's step and prints without float noise (1.5, not 1.5000000000000002). */
export function formatZoom(value: number): string {
  const stepped = Math.round(value / ZOOM_STEP) * ZOOM_STEP;
  return String(Number(stepped.toFixed(2)));
}

/** Writes `--zoom X` into the prompt: replaces an existing flag in place, else appends it. */
export function withZoom(prompt: string, value: number): string {
  const flag = `--zoom ${formatZoom(value)}`;
  if (ZOOM_FLAG.test(prompt)) return prompt.replace(ZOOM_FLAG, (_m, lead: string) => `${lead}${flag}`);
  const trimmed = prompt.trimEnd();
  return trimmed ? `${trimmed} ${flag}` : flag;
}

export type ZoomProblem = "missing" | "range";

/** Why the prompt would be refused (the server and upstream want --zoom between 1 and 2), or null. */
export function zoomProblem(prompt: string): ZoomProblem | null {
  const zoom = readZoom(prompt);
  if (zoom === null) return "missing";
  if (!Number.isFinite(zoom) || zoom < ZOOM_MIN || zoom > ZOOM_MAX) return "range";
  return null;
}

/** Parses what the user typed in the number box; null unless it is a zoom the upstream accepts. */
export function parseZoomInput(text: string): number | null {
  if (text.trim() === "") return null;
  const value = Number(text.replace(",", "."));
  return Number.isFinite(value) && value >= ZOOM_MIN && value <= ZOOM_MAX ? value : null;
}
