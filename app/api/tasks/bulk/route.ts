// POST /api/tasks/bulk – favorite / unfavorite / delete / restore / purge / add to or remove from a collection,
// for one or many tasks. Answers which ids changed and which were skipped, and why.
import { BulkTaskInput } from "@/lib/schemas/organize";
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { bulkTaskOperation } from "@/lib/server/tasks/organize";

export const dynamic = "force-dynamic";

export const POST = handle(async (req, _params, viewer) =>
  jsonNoStore(await bulkTaskOperation(await readJson(req, BulkTaskInput, 64 * 1024), viewer)),
);
