import "server-only";

import { env } from "@/env.mjs";
import { type SettingsWarning, UpstreamSettingsDto } from "@/lib/schemas/admin-settings";
import { buildUpstreamConfig } from "@/lib/server/mj/config";
import { ensureUpstreamSettingsLoaded } from "@/lib/server/mj/saved-upstream";
import { upstreamCache } from "@/lib/server/mj/upstream-cache";

/**
 * What the admin page shows: each field's effective value, where it comes from, and the env default it
 * would fall back to. The key is reduced to booleans and a source; the DTO has no field that could hold it.
 */
export async function publicUpstreamSettings(): Promise<UpstreamSettingsDto> {
  await ensureUpstreamSettingsLoaded();
  const cache = upstreamCache();
  const saved = cache.overrides;
  const effective = buildUpstreamConfig(saved);
  const fromEnv = buildUpstreamConfig({});
  const source = (value: unknown) => (value === undefined ? "env" : "saved");

  const warnings: SettingsWarning[] = [];
  if (cache.keyUnreadable) warnings.push("saved_key_unreadable");
  if (cache.settingsUnreadable) warnings.push("saved_settings_unreadable");

  // The built-in simulator always gets its own secret, whatever key is saved for a real upstream.
  const keySource = effective.simulator
    ? "simulator"
    : saved.apiKey
      ? "saved"
      : env.MJ_API_KEY
        ? "env"
        : "none";

  // Parsed on the way out: a field added to the config later cannot slip into the answer unnoticed.
  return UpstreamSettingsDto.parse({
    baseUrl: {
      value: effective.simulator ? null : effective.baseUrl,
      source: source(saved.baseUrl),
      envValue: fromEnv.simulator ? null : fromEnv.baseUrl,
    },
    authStyle: { value: effective.authStyle, source: source(saved.authStyle), envValue: fromEnv.authStyle },
    mode: { value: effective.mode, source: source(saved.mode), envValue: fromEnv.mode },
    accountFilter: {
      value: effective.accountFilter ?? null,
      source: source(saved.accountFilter),
      envValue: fromEnv.accountFilter ?? null,
    },
    key: { hasKey: Boolean(effective.apiKey), source: keySource, saved: cache.keySaved },
    simulator: effective.simulator,
    warnings,
    updatedAt: cache.updatedAt?.toISOString() ?? null,
  });
}
