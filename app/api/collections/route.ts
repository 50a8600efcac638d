// GET /api/collections – the team's collections with item counts and covers
// POST /api/collections – create one ({ name })
import { CreateCollectionInput } from "@/lib/schemas/organize";
import { createCollection, listCollections } from "@/lib/server/collections";
import { handle, jsonNoStore, readJson } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handle(async () => jsonNoStore({ items: await listCollections() }));

export const POST = handle(async (req, _params, viewer) => {
  const { name } = await readJson(req, CreateCollectionInput, 4 * 1024);
  return jsonNoStore(await createCollection(name, viewer), { status: 201 });
});
