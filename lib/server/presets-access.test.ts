import { describe, expect, it } from "vitest";

import { canEditPreset, canSeePreset } from "./presets-access";

const ada = { id: "ada", role: "member" as const };
const bob = { id: "bob", role: "member" as const };
const admin = { id: "root", role: "admin" as const };

describe("preset permissions", () => {
  it("lets the owner see and edit their private preset, and nobody else see it", () => {
    const preset = { ownerId: "ada", shared: false };
    expect(canSeePreset(preset, ada)).toBe(true);
    expect(canEditPreset(preset, ada)).toBe(true);
    expect(canSeePreset(preset, bob)).toBe(false);
    expect(canEditPreset(preset, bob)).toBe(false);
  });

  it("shows a shared preset to the team but lets only the owner or an admin edit it", () => {
    const preset = { ownerId: "ada", shared: true };
    expect(canSeePreset(preset, bob)).toBe(true);
    expect(canEditPreset(preset, bob)).toBe(false);
    expect(canEditPreset(preset, admin)).toBe(true);
  });
});
