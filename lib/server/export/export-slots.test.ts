import { beforeEach, describe, expect, it, vi } from "vitest";

import { AppError } from "@/lib/errors";

import { acquireExportSlot, exportSlotsInUse } from "./export-slots";

vi.mock("@/env.mjs", () => ({ env: { EXPORT_MAX_PER_MEMBER: 2, EXPORT_MAX_CONCURRENT: 4 } }));

const LIMITS = { perMember: 2, total: 3 };

function refusal(memberId: string): AppError {
  try {
    acquireExportSlot(memberId, LIMITS);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("export slots", () => {
  const held: (() => void)[] = [];
  beforeEach(() => {
    for (const release of held.splice(0)) release();
  });

  it("caps exports per member with a 429 that says why and when to retry", () => {
    held.push(acquireExportSlot("ann", LIMITS), acquireExportSlot("ann", LIMITS));
    const error = refusal("ann");
    expect(error.status).toBe(429);
    expect(error.message).toMatch(/2 zip downloads running/);
    expect(error.details).toMatchObject({ scope: "member", retryAfterSeconds: expect.any(Number) });
    // Someone else is not affected by Ann's downloads.
    held.push(acquireExportSlot("bob", LIMITS));
  });

  it("caps exports for the whole server", () => {
    held.push(
      acquireExportSlot("ann", LIMITS),
      acquireExportSlot("bob", LIMITS),
      acquireExportSlot("cy", LIMITS),
    );
    expect(refusal("dee").details).toMatchObject({ scope: "server" });
  });

  it("gives the slot back once, however often release is called", () => {
    const release = acquireExportSlot("ann", LIMITS);
    held.push(acquireExportSlot("ann", LIMITS));
    release();
    release();
    expect(exportSlotsInUse()).toEqual({ total: 1, perMember: { ann: 1 } });
    held.push(acquireExportSlot("ann", LIMITS));
    expect(refusal("ann").status).toBe(429);
  });

  it("defaults to the env limits", () => {
    held.push(acquireExportSlot("eve"), acquireExportSlot("eve"));
    expect(refusal("eve").status).toBe(429);
  });
});
