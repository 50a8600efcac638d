import { describe, expect, it } from "vitest";

import { packMessages, parsePayload, reconnectDelayMs, type WireMessage } from "./wire";

const tasks = (...ids: string[]): WireMessage => ({ type: "event", event: { kind: "tasks", ids } });
const unpack = (payloads: string[]) => payloads.map((p) => parsePayload(p));

describe("packMessages", () => {
  it("merges one turn's task ids into one message and keeps one copy of a repeated message", () => {
    const payloads = packMessages("me", [
      tasks("a"),
      { type: "signal", signal: "wake" },
      tasks("b", "a"),
      { type: "signal", signal: "wake" },
    ]);
    expect(unpack(payloads)).toEqual([
      { from: "me", messages: [{ type: "signal", signal: "wake" }, tasks("a", "b")] },
    ]);
  });

  it("lets an unknown change (ids []) swallow the known ones", () => {
    expect(unpack(packMessages("me", [tasks("a"), tasks()]))).toEqual([{ from: "me", messages: [tasks()] }]);
  });

  it("keeps only the newest callback time", () => {
    const payloads = packMessages("me", [
      { type: "callbacks", at: 5 },
      { type: "callbacks", at: 9 },
      { type: "callbacks", at: 7 },
    ]);
    expect(unpack(payloads)).toEqual([{ from: "me", messages: [{ type: "callbacks", at: 9 }] }]);
  });

  it("splits many ids into payloads that each stay under the limit, every id sent once", () => {
    const ids = Array.from({ length: 600 }, (_, i) => `task_${String(i).padStart(20, "0")}`);
    const payloads = packMessages("me", [{ type: "hello" }, tasks(...ids)], 7_000);
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(7_000);
    const sent = unpack(payloads).flatMap((p) =>
      (p?.messages ?? []).flatMap((m) => (m.type === "event" && m.event.kind === "tasks" ? m.event.ids : [])),
    );
    expect(sent).toEqual(ids);
    expect(unpack(payloads)[0]?.messages[0]).toEqual({ type: "hello" });
  });

  it("falls back to one 'tasks []' when the ids would need too many payloads", () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `task_${String(i).padStart(20, "0")}`);
    expect(unpack(packMessages("me", [tasks(...ids)], 7_000, 4))).toEqual([
      { from: "me", messages: [tasks()] },
    ]);
  });

  it("sends nothing for nothing", () => {
    expect(packMessages("me", [])).toEqual([]);
  });
});

describe("parsePayload", () => {
  it("refuses what is not one of our payloads", () => {
    expect(parsePayload("not json")).toBeNull();
    expect(parsePayload(JSON.stringify({ from: "x", messages: [{ type: "drop-tables" }] }))).toBeNull();
  });
});

describe("reconnectDelayMs", () => {
  it("doubles from half a second up to fifteen, jittered down by at most half", () => {
    expect([0, 1, 2, 3, 10, 50].map((n) => reconnectDelayMs(n, () => 1))).toEqual([
      500, 1_000, 2_000, 4_000, 15_000, 15_000,
    ]);
    expect(reconnectDelayMs(0, () => 0)).toBe(250);
  });
});
