// POST /api/admin/settings/test – probe the upstream with the saved settings, or with unsaved form values on top
import { UpstreamSettingsInput } from "@/lib/schemas/admin-settings";
import { audit } from "@/lib/server/audit";
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { testUpstreamConnection } from "@/lib/server/settings/test-connection";
import { candidateUpstreamConfig } from "@/lib/server/settings/upstream-settings";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 16 * 1024;

export const POST = handle(async (req, _params, viewer) => {
  // `{}` tests exactly what is saved; any field given is tried on top of it without being saved.
  const input = await readJson(req, UpstreamSettingsInput, MAX_BODY_BYTES);
  const { config, keyWithheld } = await candidateUpstreamConfig(input);
  const result = await testUpstreamConnection(config, { keyWithheld });
  await audit(viewer, "settings.upstream.tested", "upstream", {
    ok: result.ok,
    reason: result.reason,
    baseUrl: result.baseUrl,
    latencyMs: result.latencyMs,
    unsaved: Object.keys(input).length > 0,
    // Whether a key was typed for this test; the key itself never goes into the audit log.
    keyTyped: Boolean(input.apiKey),
    keyWithheld,
  });
  return jsonNoStore(result);
}, "admin");
