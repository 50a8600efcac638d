import "server-only";

import type { TaskButtonDto } from "@/lib/schemas/task";

// Legacy upstreams (OSS midjourney-proxy) have no buttons and no /submit/action: a finished grid is varied
// through /submit/change {taskId, action, index}. The studio still offers the usual U1–U4, 🔄, V1–V4 on such
// grids, with synthesised customIds in Midjourney's own format whose "hash" is the upstream task id.

/** The parents OSS's /submit/change accepts (mj-api.md 4.2). */
const LEGACY_GRID_ACTIONS: ReadonlySet<string> = new Set(["IMAGINE", "VARIATION", "REROLL", "BLEND"]);

export interface LegacyChange {
  action: "UPSCALE" | "VARIATION" | "REROLL";
  /** 1–4; REROLL uses 1 because some relays refuse index 0. */
  index: number;
}

/** The standard grid buttons (mj-api.md 8.2) for a grid whose upstream sent none. */
export function synthesiseGridButtons(upstreamId: string): TaskButtonDto[] {
  const quads = [1, 2, 3, 4];
  return [
    ...quads.map((n) => ({ customId: `MJ::JOB::upsample::${n}::${upstreamId}`, label: `U${n}`, emoji: "" })),
    { customId: `MJ::JOB::reroll::0::${upstreamId}::SOLO`, label: "", emoji: "🔄" },
    ...quads.map((n) => ({ customId: `MJ::JOB::variation::${n}::${upstreamId}`, label: `V${n}`, emoji: "" })),
  ];
}

/** U1–U4 / V1–V4 / 🔄 as a /submit/change request; null for every other button (those need /submit/action). */
export function legacyChangeFor(customId: string): LegacyChange | null {
  const grid = /^MJ::JOB::(upsample|variation)::([1-4])::[^:]+$/.exec(customId);
  if (grid) return { action: grid[1] === "upsample" ? "UPSCALE" : "VARIATION", index: Number(grid[2]) };
  if (/^MJ::JOB::reroll::0::[^:]+::SOLO$/.test(customId)) return { action: "REROLL", index: 1 };
  return null;
}

/** True for a button we made up for `upstreamId` (its "hash" is the task id itself). */
export function isSynthesisedButton(customId: string, upstreamId: string | null): boolean {
  if (!upstreamId || legacyChangeFor(customId) === null) return false;
  const segments = customId.split("::");
  const hash = segments.at(-1) === "SOLO" ? segments.at(-2) : segments.at(-1);
  return hash === upstreamId;
}

/**
 * What a task offers: the upstream's buttons, or — for a finished grid whose upstream sent none — the
 * synthesised legacy set, so a grid from an OSS proxy can still be upscaled and varied.
 */
export function effectiveButtons(task: {
  status: string;
  action: string;
  upstreamId: string | null;
  buttons: TaskButtonDto[];
}): TaskButtonDto[] {
  if (task.buttons.length > 0 || task.status !== "succeeded" || !task.upstreamId) return task.buttons;
  return LEGACY_GRID_ACTIONS.has(task.action) ? synthesiseGridButtons(task.upstreamId) : task.buttons;
}
