import { describe, expect, it } from "vitest";

import {
  MAX_BUTTON_FIELD_CHARS,
  MAX_BUTTONS,
  MAX_PROMPT_CHARS,
  normaliseId,
  parseProgress,
  parseStatus,
  parseTime,
  reshapeTask,
} from "./reshape";

describe("parseProgress", () => {
  it.each([
    ["37%", 37],
    [" 100% ", 100],
    ["0%", 0],
    ["46.6%", 47],
    ["150%", 100],
    [55, 55],
    [-5, 0],
    ["", null],
    ["paused", null],
    ["(Waiting to start)", null],
    [null, null],
    [undefined, null],
  ] as const)("%j → %j", (input, expected) => {
    expect(parseProgress(input)).toBe(expected);
  });
});

describe("parseStatus", () => {
  it.each([
    ["SUCCESS", "SUCCESS"],
    ["in_progress", "IN_PROGRESS"],
    ["MODAL", "MODAL"],
    ["CANCEL", "CANCEL"],
    ["", "SUBMITTED"],
    ["WEIRD", "UNKNOWN"],
    [null, "UNKNOWN"],
  ] as const)("%j → %s", (input, expected) => {
    expect(parseStatus(input)).toBe(expected);
  });
});

describe("parseTime / normaliseId", () => {
  it("0, null, garbage → null; ms number and numeric string → Date", () => {
    expect(parseTime(0)).toBeNull();
    expect(parseTime(null)).toBeNull();
    expect(parseTime("soon")).toBeNull();
    expect(parseTime(1730621826053)?.getTime()).toBe(1730621826053);
    expect(parseTime("1730621826053")?.getTime()).toBe(1730621826053);
  });

  it("ids stay strings; unsafe numbers are refused", () => {
    expect(normaliseId("0741798445574458")).toBe("0741798445574458");
    expect(normaliseId(1730621826053455)).toBe("1730621826053455");
    expect(normaliseId(9007199254740993)).toBeNull();
    expect(normaliseId("  ")).toBeNull();
  });
});

describe("reshapeTask", () => {
  it("tolerates wrong field types without losing the rest", () => {
    const t = reshapeTask({
      id: "1",
      status: 5,
      progress: { x: 1 },
      prompt: 42,
      buttons: "nope",
      properties: "bad",
      imageWidth: "1024",
    });
    expect(t).toMatchObject({
      upstreamId: "1",
      status: "UNKNOWN",
      progress: null,
      prompt: null,
      buttons: null,
      finalPrompt: null,
      imageWidth: 1024,
    });
  });

  it("empty buttons array stays [] (sent empty), distinct from null (not sent)", () => {
    expect(reshapeTask({ id: "1", buttons: [] })?.buttons).toEqual([]);
    expect(reshapeTask({ id: "1" })?.buttons).toBeNull();
  });

  it('keeps only action names; anything else is "" so the stored action stays', () => {
    const action = (value: unknown) => reshapeTask({ id: "1", action: value })?.action;
    expect(action(" upscale ")).toBe("UPSCALE");
    expect(action("SWAP_FACE")).toBe("SWAP_FACE");
    // The aggregator calls an edit EDITS; the studio keeps one name, so filters and replays see EDIT.
    expect(action("EDITS")).toBe("EDIT");
    expect(action("RETEXTURE")).toBe("RETEXTURE");
    expect(action(undefined)).toBe("");
    expect(action("IMAGINE<script>")).toBe("");
    expect(action("A".repeat(41))).toBe("");
    expect(action("UPSCALE\u202e")).toBe("");
  });

  it("prompts lose control and bidi characters and are bounded", () => {
    const t = reshapeTask({
      id: "1",
      promptEn: "a fox\u202e \u001b[31mred\u0007",
      properties: { finalPrompt: "x".repeat(MAX_PROMPT_CHARS + 500) },
    });
    expect(t?.promptEn).toBe("a fox red");
    expect(t?.finalPrompt).toHaveLength(MAX_PROMPT_CHARS);
    expect(reshapeTask({ id: "1", promptEn: "\u202e\u0000" })?.promptEn).toBeNull();
  });

  it("prompts keep their line breaks: a describe lists its four prompts one per line", () => {
    const described = "1️⃣ a red fox --ar 3:2\r\n\n2️⃣ a\tfox\u0007 in snow\n\n3️⃣ fox\n\n4️⃣ fox";
    expect(reshapeTask({ id: "1", promptEn: described })?.promptEn).toBe(
      "1️⃣ a red fox --ar 3:2\n\n2️⃣ a fox in snow\n\n3️⃣ fox\n\n4️⃣ fox",
    );
  });

  it("buttons: at most 50, fields bounded, malformed ones dropped", () => {
    const ok = (i: number) => ({ customId: `MJ::JOB::upsample::${i}::h`, label: `U${i}`, emoji: "" });
    const many = reshapeTask({ id: "1", buttons: Array.from({ length: 80 }, (_, i) => ok(i)) })?.buttons;
    expect(many).toHaveLength(MAX_BUTTONS);
    const odd = reshapeTask({
      id: "1",
      buttons: [
        { customId: "x".repeat(MAX_BUTTON_FIELD_CHARS + 1), label: "too long" },
        { customId: "MJ::a b", label: "a space" },
        { customId: "MJ::ok\u202e", label: "bidi" },
        { label: "no id" },
        { customId: "MJ::ok", label: `\u202e${"L".repeat(500)}`, emoji: "🔄" },
      ],
    })?.buttons;
    expect(odd).toHaveLength(1);
    expect(odd?.[0]?.customId).toBe("MJ::ok");
    expect(odd?.[0]?.label).toHaveLength(MAX_BUTTON_FIELD_CHARS);
    expect(odd?.[0]?.label.startsWith("L")).toBe(true);
    expect(odd?.[0]?.emoji).toBe("🔄");
  });

  it("non-objects and id-less objects → null unless a fallback id is given", () => {
    expect(reshapeTask("x")).toBeNull();
    expect(reshapeTask([])).toBeNull();
    expect(reshapeTask({ status: "SUCCESS" })).toBeNull();
    expect(reshapeTask({ status: "SUCCESS" }, "77")?.upstreamId).toBe("77");
  });
});
