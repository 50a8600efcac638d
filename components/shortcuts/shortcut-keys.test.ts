import { describe, expect, it } from "vitest";

import {
  isTypingTarget,
  NO_SEQUENCE,
  parseShortcut,
  SEQUENCE_WINDOW_MS,
  type SequenceState,
  type ShortcutContext,
  type ShortcutKey,
} from "./shortcut-keys";

const key = (k: string, extra: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  repeat: false,
  ...extra,
});

/** Types keys one after another (10 ms apart unless a gap is given) and returns every action. */
function typeKeys(context: ShortcutContext, keys: (ShortcutKey | { gap: number })[], typing = false) {
  let state: SequenceState = NO_SEQUENCE;
  let now = 1_000;
  const actions = [];
  for (const item of keys) {
    if ("gap" in item) {
      now += item.gap;
      continue;
    }
    now += 10;
    const result = parseShortcut(item, context, state, now, typing);
    state = result.state;
    if (result.action) actions.push(result.action);
  }
  return actions;
}

describe("isTypingTarget", () => {
  it.each([
    [{ tagName: "INPUT", type: "text" }, true],
    [{ tagName: "INPUT", type: "search" }, true],
    [{ tagName: "input" }, true],
    [{ tagName: "INPUT", type: "checkbox" }, false],
    [{ tagName: "TEXTAREA" }, true],
    [{ tagName: "SELECT" }, true],
    [{ tagName: "DIV", isContentEditable: true }, true],
    [{ tagName: "BUTTON" }, false],
    [{ tagName: "BODY" }, false],
    [null, false],
  ])("%o → %s", (target, expected) => {
    expect(isTypingTarget(target)).toBe(expected);
  });
});

describe("parseShortcut on the page", () => {
  it("maps / n c ? and ignores the lightbox's keys", () => {
    expect(
      typeKeys("page", [
        key("/"),
        key("n"),
        key("c"),
        key("?"),
        key("f"),
        key("ArrowRight"),
        key("u"),
        key("1"),
      ]),
    ).toEqual([{ kind: "search" }, { kind: "compose" }, { kind: "compose" }, { kind: "help" }]);
  });

  it("leaves keys alone while typing or with Ctrl, ⌘ or Alt", () => {
    expect(typeKeys("page", [key("/"), key("n")], true)).toEqual([]);
    expect(
      typeKeys("page", [
        key("n", { ctrlKey: true }),
        key("c", { metaKey: true }),
        key("/", { altKey: true }),
      ]),
    ).toEqual([]);
  });

  it("does not repeat a held key", () => {
    expect(typeKeys("page", [key("n"), key("n", { repeat: true }), key("n", { repeat: true })])).toEqual([
      { kind: "compose" },
    ]);
  });
});

describe("parseShortcut in the lightbox", () => {
  it("maps arrows, Esc, f, d and ?", () => {
    expect(
      typeKeys("lightbox", [
        key("ArrowLeft"),
        key("ArrowRight"),
        key("Escape"),
        key("f"),
        key("d"),
        key("?"),
      ]),
    ).toEqual([
      { kind: "previous" },
      { kind: "next" },
      { kind: "close" },
      { kind: "favorite" },
      { kind: "download" },
      { kind: "help" },
    ]);
  });

  it("reads u or v then a digit as U1–U4 / V1–V4", () => {
    expect(typeKeys("lightbox", [key("u"), key("1"), key("v"), key("4")])).toEqual([
      { kind: "press", button: "upscale", cell: 1 },
      { kind: "press", button: "vary", cell: 4 },
    ]);
  });

  it("presses once however long the digit is held, and a lone digit presses nothing", () => {
    expect(
      typeKeys("lightbox", [key("u"), key("2"), key("2", { repeat: true }), key("2"), key("3")]),
    ).toEqual([{ kind: "press", button: "upscale", cell: 2 }]);
    expect(typeKeys("lightbox", [key("u"), key("2", { repeat: true })])).toEqual([]);
  });

  it("forgets a u after the window or after another key", () => {
    expect(typeKeys("lightbox", [key("u"), { gap: SEQUENCE_WINDOW_MS + 1 }, key("1")])).toEqual([]);
    expect(typeKeys("lightbox", [key("u"), { gap: SEQUENCE_WINDOW_MS - 100 }, key("1")])).toHaveLength(1);
    expect(typeKeys("lightbox", [key("u"), key("x"), key("1")])).toEqual([]);
    expect(typeKeys("lightbox", [key("u"), key("5")])).toEqual([]);
  });

  it("zooms with + (or =) and −", () => {
    expect(typeKeys("lightbox", [key("+"), key("="), key("-")])).toEqual([
      { kind: "zoom", direction: "in" },
      { kind: "zoom", direction: "in" },
      { kind: "zoom", direction: "out" },
    ]);
  });

  it("keeps arrows repeating but not f or d", () => {
    expect(
      typeKeys("lightbox", [
        key("ArrowRight"),
        key("ArrowRight", { repeat: true }),
        key("f"),
        key("f", { repeat: true }),
      ]),
    ).toEqual([{ kind: "next" }, { kind: "next" }, { kind: "favorite" }]);
  });

  it("drops a pending u when typing starts", () => {
    let state: SequenceState = NO_SEQUENCE;
    state = parseShortcut(key("u"), "lightbox", state, 0, false).state;
    state = parseShortcut(key("a"), "lightbox", state, 10, true).state;
    expect(parseShortcut(key("1"), "lightbox", state, 20, false).action).toBeNull();
  });
});
