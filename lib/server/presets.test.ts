// Saving presets on a real SQLite file: the per-member limit holds when saves arrive together (two tabs, a
// double submit), since the count and the insert run under the member's lock.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { CreatePresetInput, MAX_PRESETS_PER_MEMBER } from "@/lib/schemas/team-memory";
import { MEMBER, rejection, submitSuite } from "@/lib/server/tasks/submit-fixture";

import type * as Presets from "./presets";

vi.mock("@/env.mjs", () => import("@/lib/server/mj/__fixtures__/env"));

const s = submitSuite();
let presets: typeof Presets;

beforeAll(async () => {
  presets = await import("./presets");
});

beforeEach(async () => {
  await s.db.preset.deleteMany();
});

const input = (name: string) => CreatePresetInput.parse({ name, prompt: "a harbour at dawn --ar 16:9" });

describe("saving presets", () => {
  it("keeps the limit when the last free places are asked for at once", async () => {
    await s.db.preset.createMany({
      data: Array.from({ length: MAX_PRESETS_PER_MEMBER - 1 }, (_, i) => ({
        id: `seed-${i}`,
        ownerId: MEMBER.id,
        name: `seed ${i}`,
        prompt: "p",
      })),
    });
    const results = await Promise.allSettled(
      [1, 2, 3].map((n) => presets.createPreset(input(`tab ${n}`), MEMBER)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await s.db.preset.count({ where: { ownerId: MEMBER.id } })).toBe(MAX_PRESETS_PER_MEMBER);
    const refused = await rejection(presets.createPreset(input("one more"), MEMBER));
    expect(refused.code).toBe("conflict");
    expect(refused.message).toMatch(/delete one to save another/);
  });
});
