import "server-only";

import { env } from "@/env.mjs";
import { AppError } from "@/lib/errors";

// Zip exports running at once, per member and for the whole server. Each streams one image at a time, but a
// burst of them still costs memory, disk reads and bandwidth; beyond the caps the answer is a 429 with words
// and Retry-After. Route handlers are separate bundles in Next, so the counts live on globalThis.

interface SlotState {
  total: number;
  perMember: Map<string, number>;
}

const g = globalThis as unknown as { mjStudioExportSlots?: SlotState };

function state(): SlotState {
  return (g.mjStudioExportSlots ??= { total: 0, perMember: new Map() });
}

export interface ExportLimits {
  perMember: number;
  total: number;
}

/** An export usually finishes within seconds; this is a hint for a retry, not a promise. */
const RETRY_AFTER_SECONDS = 10;

export function exportLimits(): ExportLimits {
  return { perMember: env.EXPORT_MAX_PER_MEMBER, total: env.EXPORT_MAX_CONCURRENT };
}

/** Takes a slot for `memberId` or throws a 429; the returned release is safe to call more than once. */
export function acquireExportSlot(memberId: string, limits: ExportLimits = exportLimits()): () => void {
  const s = state();
  const mine = s.perMember.get(memberId) ?? 0;
  if (mine >= limits.perMember) {
    throw busy(
      `You already have ${mine} zip downloads running; wait for one to finish and try again.`,
      "member",
      limits.perMember,
    );
  }
  if (s.total >= limits.total) {
    throw busy(
      "The server is busy with other zip downloads; try again in a few seconds.",
      "server",
      limits.total,
    );
  }
  s.total += 1;
  s.perMember.set(memberId, mine + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    s.total = Math.max(0, s.total - 1);
    const left = (s.perMember.get(memberId) ?? 1) - 1;
    if (left > 0) s.perMember.set(memberId, left);
    else s.perMember.delete(memberId);
  };
}

function busy(message: string, scope: "member" | "server", limit: number): AppError {
  return new AppError("rate_limited", message, { scope, limit, retryAfterSeconds: RETRY_AFTER_SECONDS });
}

/** For tests: how many exports hold a slot now. */
export function exportSlotsInUse(): { total: number; perMember: Record<string, number> } {
  const s = state();
  return { total: s.total, perMember: Object.fromEntries(s.perMember) };
}
