// PATCH /api/collections/:id – rename or choose the cover; DELETE – remove the collection (admin; tasks stay)
import { UpdateCollectionInput } from "@/lib/schemas/organize";
import { deleteCollection, updateCollection } from "@/lib/server/collections";
import { handle, jsonNoStore, readJson } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const PATCH = handle<{ id: string }>(async (req, { id }) =>
  jsonNoStore(await updateCollection(id, await readJson(req, UpdateCollectionInput, 4 * 1024))),
);

export const DELETE = handle<{ id: string }>(async (_req, { id }, viewer) => {
  await deleteCollection(id, viewer);
  return jsonNoStore({ ok: true });
});
