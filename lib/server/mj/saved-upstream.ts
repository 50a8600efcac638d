import "server-only";

import { z } from "zod";

import { AccountFilterSchema, AuthStyleSchema, ModeSchema } from "@/lib/schemas/admin-settings";
import { openSecret, SecretBoxError } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db";
import { serverSecret } from "@/lib/server/secret";

import { getUpstreamConfig } from "./config";
import {
  setUpstreamCache,
  upstreamCache,
  type UpstreamCacheState,
  type UpstreamOverrides,
} from "./upstream-cache";

// The upstream an admin saved (one JSON row in Setting("upstream"), key sealed with the server secret), loaded
// into the process-wide cache that getUpstreamConfig() merges over env. Reading it belongs to the upstream
// façade; editing it is the admin's (settings/upstream-settings.ts).

export const SETTING_KEY = "upstream";

/** The stored row. Parsed leniently so a value written by a newer version still loads. */
export const StoredUpstreamSettings = z.object({
  /** null or absent = env (MJ_API_BASE, else the simulator). */
  baseUrl: z.string().nullable().optional(),
  apiKeySealed: z.string().optional(),
  authStyle: AuthStyleSchema.optional(),
  mode: ModeSchema.optional(),
  /** null or absent = MJ_ACCOUNT_FILTER; {} = explicitly none. */
  accountFilter: AccountFilterSchema.nullable().optional(),
});
export type StoredUpstreamSettings = z.infer<typeof StoredUpstreamSettings>;

// ---- loading -----------------------------------------------------------------------------------

let inflight: Promise<void> | null = null;

/** Loads the saved settings once per process; submit paths await it so their first call already merges them. */
export async function ensureUpstreamSettingsLoaded(): Promise<void> {
  if (upstreamCache().loaded) return;
  // Concurrent first requests share one query.
  inflight ??= loadIntoCache().finally(() => {
    inflight = null;
  });
  await inflight;
}

/**
 * True while the built-in simulator is the upstream the studio really uses: no MJ_API_BASE and no base URL
 * saved by an admin. Once a real upstream is set, /sim/* must stop answering instead of lingering as an
 * unguarded second service on the studio's port.
 */
export async function simulatorInUse(): Promise<boolean> {
  await ensureUpstreamSettingsLoaded();
  return getUpstreamConfig().simulator;
}

async function loadIntoCache(): Promise<void> {
  const row = await db.setting.findUnique({ where: { key: SETTING_KEY } });
  setUpstreamCache(decodeRow(row));
}

/** Row → cache. Never throws: a bad row or an unopenable key falls back to env and raises a warning instead. */
export function decodeRow(row: { value: string; updatedAt: Date } | null): UpstreamCacheState {
  const state: UpstreamCacheState = {
    loaded: true,
    overrides: {},
    keySaved: false,
    keyUnreadable: false,
    settingsUnreadable: false,
    updatedAt: row?.updatedAt ?? null,
  };
  if (!row) return state;
  const stored = parseStored(row.value);
  if (!stored) {
    console.warn("[settings] the saved upstream settings are unreadable; using env values");
    return { ...state, settingsUnreadable: true };
  }
  const overrides: UpstreamOverrides = {};
  if (stored.baseUrl) overrides.baseUrl = stored.baseUrl;
  if (stored.authStyle) overrides.authStyle = stored.authStyle;
  if (stored.mode) overrides.mode = stored.mode;
  if (stored.accountFilter) overrides.accountFilter = stored.accountFilter;
  if (stored.apiKeySealed) {
    state.keySaved = true;
    try {
      overrides.apiKey = openSecret(stored.apiKeySealed, serverSecret());
    } catch (error) {
      if (!(error instanceof SecretBoxError)) throw error;
      // The server secret changed (or the value is damaged): keep working with the env key, and tell the admin.
      console.warn(`[settings] the saved upstream key cannot be opened (${error.reason}); using the env key`);
      state.keyUnreadable = true;
    }
  }
  return { ...state, overrides };
}

export function parseStored(text: string): StoredUpstreamSettings | null {
  try {
    const parsed = StoredUpstreamSettings.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Makes the next ensureUpstreamSettingsLoaded() read the database again; values stay in use until then. */
export function forgetUpstreamSettings(): void {
  setUpstreamCache({ ...upstreamCache(), loaded: false });
}
