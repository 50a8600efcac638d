// The studio's keyboard shortcuts as a pure function of key events, so the rules (what counts as typing, the
// u/v → digit sequences, key repeat) are unit-tested without a browser. components/shortcuts/global-shortcuts.tsx
// and the lightbox feed it real events and act on what it returns.

export type ShortcutAction =
  | { kind: "search" }
  | { kind: "compose" }
  | { kind: "help" }
  | { kind: "previous" }
  | { kind: "next" }
  | { kind: "close" }
  | { kind: "favorite" }
  | { kind: "download" }
  | { kind: "zoom"; direction: "in" | "out" }
  | { kind: "press"; button: "upscale" | "vary"; cell: 1 | 2 | 3 | 4 };

/** Where the keys land: the page, or the open lightbox (which adds its own keys and hides the page's). */
export type ShortcutContext = "page" | "lightbox";

export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Held down: the browser repeats the key. A repeat never presses anything twice. */
  repeat: boolean;
}

/** A `u` or `v` waiting for its digit, and when it was typed. */
export interface SequenceState {
  pending: "u" | "v" | null;
  at: number;
}

export const NO_SEQUENCE: SequenceState = { pending: null, at: 0 };

/** How long a `u` or `v` waits for its digit: long enough to find the key, short enough not to surprise later. */
export const SEQUENCE_WINDOW_MS = 1500;

/** The shortcuts the help dialog lists, in its order; `keys` are shown as typed. */
export const SHORTCUT_LIST = [
  { id: "search", keys: ["/"], where: "page" },
  { id: "compose", keys: ["n", "c"], where: "page" },
  { id: "help", keys: ["?"], where: "page" },
  { id: "previousNext", keys: ["←", "→"], where: "lightbox" },
  { id: "close", keys: ["Esc"], where: "lightbox" },
  { id: "favorite", keys: ["f"], where: "lightbox" },
  { id: "upscale", keys: ["u", "1–4"], where: "lightbox" },
  { id: "vary", keys: ["v", "1–4"], where: "lightbox" },
  { id: "download", keys: ["d"], where: "lightbox" },
  { id: "zoom", keys: ["+", "−"], where: "lightbox" },
] as const;

export type ShortcutId = (typeof SHORTCUT_LIST)[number]["id"];

interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

// Inputs that take no typing: a key on a focused checkbox or button is still a shortcut.
const NON_TEXT_INPUTS = new Set([
  "checkbox",
  "radio",
  "button",
  "submit",
  "reset",
  "range",
  "color",
  "file",
  "image",
]);

/** Whether keys typed here are text: fields, selects and anything contenteditable keep their keys. */
export function isTypingTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !NON_TEXT_INPUTS.has((target.type ?? "text").toLowerCase());
  return false;
}

/**
 * What one keydown means, and the sequence state after it. Keys with Ctrl, ⌘ or Alt are the browser's and the
 * system's; keys typed into a field are text. Both return nothing (and forget a pending u/v).
 */
export function parseShortcut(
  event: ShortcutKey,
  context: ShortcutContext,
  state: SequenceState,
  now: number,
  typing: boolean,
): { action: ShortcutAction | null; state: SequenceState } {
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return { action: null, state: NO_SEQUENCE };
  const key = event.key;
  const live = state.pending !== null && now - state.at <= SEQUENCE_WINDOW_MS;

  if (context === "lightbox" && live && /^[1-4]$/.test(key)) {
    if (event.repeat) return { action: null, state: NO_SEQUENCE };
    const cell = Number(key) as 1 | 2 | 3 | 4;
    return {
      action: { kind: "press", button: state.pending === "u" ? "upscale" : "vary", cell },
      state: NO_SEQUENCE,
    };
  }
  if (key === "?") return { action: { kind: "help" }, state: NO_SEQUENCE };

  if (context === "page") {
    if (event.repeat) return { action: null, state: NO_SEQUENCE };
    if (key === "/") return { action: { kind: "search" }, state: NO_SEQUENCE };
    if (key === "n" || key === "c") return { action: { kind: "compose" }, state: NO_SEQUENCE };
    return { action: null, state: NO_SEQUENCE };
  }

  // Arrows may repeat (holding → flips through the gallery); nothing else does.
  if (key === "ArrowLeft") return { action: { kind: "previous" }, state: NO_SEQUENCE };
  if (key === "ArrowRight") return { action: { kind: "next" }, state: NO_SEQUENCE };
  if (event.repeat) return { action: null, state: live ? state : NO_SEQUENCE };
  if (key === "Escape") return { action: { kind: "close" }, state: NO_SEQUENCE };
  if (key === "f") return { action: { kind: "favorite" }, state: NO_SEQUENCE };
  if (key === "d") return { action: { kind: "download" }, state: NO_SEQUENCE };
  if (key === "+" || key === "=") return { action: { kind: "zoom", direction: "in" }, state: NO_SEQUENCE };
  if (key === "-") return { action: { kind: "zoom", direction: "out" }, state: NO_SEQUENCE };
  if (key === "u" || key === "v") return { action: null, state: { pending: key, at: now } };
  return { action: null, state: NO_SEQUENCE };
}
