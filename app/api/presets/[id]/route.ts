// PATCH /api/presets/:id – rename, share or unshare; DELETE – remove it (the owner, or an admin)
import { UpdatePresetInput } from "@/lib/schemas/team-memory";
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { deletePreset, updatePreset } from "@/lib/server/presets";

export const dynamic = "force-dynamic";

export const PATCH = handle<{ id: string }>(async (req, { id }, viewer) =>
  jsonNoStore(await updatePreset(id, await readJson(req, UpdatePresetInput, 4 * 1024), viewer)),
);

export const DELETE = handle<{ id: string }>(async (_req, { id }, viewer) => {
  await deletePreset(id, viewer);
  return jsonNoStore({ ok: true });
});
