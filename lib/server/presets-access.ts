import "server-only";

import type { Viewer } from "@/lib/server/auth/viewer";

// Who may do what with a preset, kept pure so it is tested without a database.

interface PresetOwnership {
  ownerId: string;
  shared: boolean;
}

/** Rename, share or delete: the owner, or an admin (whose change to someone else's is audited). */
export function canEditPreset(
  preset: Pick<PresetOwnership, "ownerId">,
  viewer: Pick<Viewer, "id" | "role">,
): boolean {
  return preset.ownerId === viewer.id || viewer.role === "admin";
}

/** Listed and applied: one's own, or shared with the team. */
export function canSeePreset(preset: PresetOwnership, viewer: Pick<Viewer, "id">): boolean {
  return preset.shared || preset.ownerId === viewer.id;
}
