import "server-only";

import { z } from "zod";

import {
  AccountFilterSchema,
  AuthStyleSchema,
  ModeSchema,
  type UpstreamSettingsInput,
} from "@/lib/schemas/admin-settings";
import { audit } from "@/lib/server/audit";
import { openSecret, sealSecret, SecretBoxError } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db";
import {
  buildUpstreamConfig,
  getUpstreamConfig,
  normaliseBaseUrl,
  type UpstreamConfig,
} from "@/lib/server/mj/config";
import { serverSecret } from "@/lib/server/secret";
import type { Viewer } from "@/lib/server/tasks/viewer";
import { upstreamChanged } from "@/lib/server/tracker";

import {
  setUpstreamCache,
  upstreamCache,
  type UpstreamCacheState,
  type UpstreamOverrides,
} from "./upstream-cache";

// Admin-entered upstream settings, one JSON row in Setting("upstream"). The key is stored sealed
// (AES-256-GCM with a key derived from the server secret) and is write-only: nothing here ever returns it.
// Readers use the synchronous getUpstreamConfig(), which merges the process-wide cache over env.

const SETTING_KEY = "upstream";

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

function parseStored(text: string): StoredUpstreamSettings | null {
  try {
    const parsed = StoredUpstreamSettings.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// ---- applying input ----------------------------------------------------------------------------

/** absent = keep; null (or "") = back to env; a value = set. */
function pick<T>(current: T | undefined, incoming: T | null | "" | undefined): T | undefined {
  if (incoming === undefined) return current;
  if (incoming === null || incoming === "") return undefined;
  return incoming;
}

function pickBaseUrl(current: string | undefined, incoming: string | null | undefined): string | undefined {
  const next = pick(current, incoming);
  return next === undefined || next === current ? next : normaliseBaseUrl(next);
}

/** The row after a save. `seal` only runs when a new key was typed. */
export function applyToStored(
  current: StoredUpstreamSettings,
  input: UpstreamSettingsInput,
  seal: (plain: string) => string,
): StoredUpstreamSettings {
  const apiKeySealed = input.apiKey ? seal(input.apiKey) : input.clearKey ? undefined : current.apiKeySealed;
  return stripUndefined({
    baseUrl: pickBaseUrl(current.baseUrl ?? undefined, input.baseUrl),
    apiKeySealed,
    authStyle: pick(current.authStyle, input.authStyle),
    mode: pick(current.mode, input.mode),
    accountFilter: pick(current.accountFilter ?? undefined, input.accountFilter),
  });
}

/** The same rules over the decoded cache, for testing values before they are saved. */
export function applyToOverrides(
  current: UpstreamOverrides,
  input: UpstreamSettingsInput,
): UpstreamOverrides {
  return stripUndefined({
    baseUrl: pickBaseUrl(current.baseUrl, input.baseUrl),
    apiKey: input.apiKey ? input.apiKey : input.clearKey ? undefined : current.apiKey,
    authStyle: pick(current.authStyle, input.authStyle),
    mode: pick(current.mode, input.mode),
    accountFilter: pick(current.accountFilter, input.accountFilter),
  });
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export interface CandidateUpstream {
  config: UpstreamConfig;
  /** A saved or env key exists but was kept back because the test targets another address. */
  keyWithheld: boolean;
}

/**
 * The config "test connection" should use: the saved/env config with the form's unsaved values on top.
 * A key belongs to the address it was configured for: when the form points the test at another base URL,
 * only a key typed in the same form goes there. Otherwise anyone who can open the settings page could have
 * the saved key delivered to a server of their choosing just by typing its address.
 */
export async function candidateUpstreamConfig(input: UpstreamSettingsInput): Promise<CandidateUpstream> {
  await ensureUpstreamSettingsLoaded();
  const saved = upstreamCache().overrides;
  const inUse = buildUpstreamConfig(saved);
  const candidate = buildUpstreamConfig(applyToOverrides(saved, input));
  // Both sides went through normaliseBaseUrl (origin lower-cased, default port and trailing /mj dropped).
  // The built-in simulator is this server itself and always gets its own secret (buildUpstreamConfig).
  if (candidate.simulator || candidate.baseUrl === inUse.baseUrl) return { config: candidate, keyWithheld: false };
  const apiKey = input.apiKey || undefined;
  return { config: { ...candidate, apiKey }, keyWithheld: !apiKey && Boolean(inUse.apiKey) };
}

// ---- saving ------------------------------------------------------------------------------------

/**
 * Saves the admin's changes, refreshes this process's cache and audits which fields changed (never the key:
 * only `keyChanged`/`keyCleared`). Returns nothing secret; callers answer with publicUpstreamSettings().
 */
export async function saveUpstreamSettings(input: UpstreamSettingsInput, viewer: Viewer): Promise<void> {
  // Read the row itself, not the cache: the stored sealed key must survive even if this process never
  // managed to open it.
  const row = await db.setting.findUnique({ where: { key: SETTING_KEY } });
  const current = (row && parseStored(row.value)) || {};
  const next = applyToStored(current, input, (plain) => sealSecret(plain, serverSecret()));
  const value = JSON.stringify(next);
  await db.setting.upsert({
    where: { key: SETTING_KEY },
    create: { key: SETTING_KEY, value, updatedById: viewer.id },
    update: { value, updatedById: viewer.id },
  });
  setUpstreamCache(decodeRow({ value, updatedAt: new Date() }));
  upstreamChanged();
  await audit(viewer, "settings.upstream.updated", SETTING_KEY, auditDetail(current, next, input));
}

function auditDetail(
  before: StoredUpstreamSettings,
  after: StoredUpstreamSettings,
  input: UpstreamSettingsInput,
): Record<string, unknown> {
  const fields = ["baseUrl", "authStyle", "mode", "accountFilter"] as const;
  const changed = fields.filter(
    (f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null),
  );
  return {
    changed,
    baseUrl: after.baseUrl ?? null,
    keyChanged: Boolean(input.apiKey),
    keyCleared: Boolean(input.clearKey && before.apiKeySealed),
  };
}

/** Makes the next ensureUpstreamSettingsLoaded() read the database again; values stay in use until then. */
export function forgetUpstreamSettings(): void {
  setUpstreamCache({ ...upstreamCache(), loaded: false });
}
