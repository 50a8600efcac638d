// GET /api/presets – the viewer's saved prompts and presets plus those teammates shared
// POST /api/presets – save one ({ kind, name, prompt, botType, speed, references, shared })
import { CreatePresetInput } from "@/lib/schemas/team-memory";
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { createPreset, listPresets } from "@/lib/server/presets";

export const dynamic = "force-dynamic";

export const GET = handle(async (_req, _params, viewer) => jsonNoStore({ items: await listPresets(viewer) }));

export const POST = handle(async (req, _params, viewer) => {
  const input = await readJson(req, CreatePresetInput, 32 * 1024);
  return jsonNoStore(await createPreset(input, viewer), { status: 201 });
});
