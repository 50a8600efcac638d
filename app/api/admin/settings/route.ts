// GET /api/admin/settings – the upstream settings as the admin page shows them (never the key)
// PUT|PATCH /api/admin/settings – save upstream settings; absent fields are kept, null/"" resets to env
import { UpstreamSettingsInput } from "@/lib/schemas/admin-settings";
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { publicUpstreamSettings } from "@/lib/server/settings/upstream-public";
import { saveUpstreamSettings } from "@/lib/server/settings/upstream-settings";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 16 * 1024;

export const GET = handle(async () => jsonNoStore(await publicUpstreamSettings()), "admin");

const save = handle(async (req, _params, viewer) => {
  const input = await readJson(req, UpstreamSettingsInput, MAX_BODY_BYTES);
  await saveUpstreamSettings(input, viewer);
  return jsonNoStore(await publicUpstreamSettings());
}, "admin");

// Every field is optional with "absent = keep", so a full form (PUT) and a partial change (PATCH) are one
// operation; PATCH is what the browser's apiFetch can send.
export const PUT = save;
export const PATCH = save;
