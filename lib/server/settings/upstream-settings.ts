import "server-only";

import type { UpstreamSettingsInput } from "@/lib/schemas/admin-settings";
import { audit } from "@/lib/server/audit";
import type { Viewer } from "@/lib/server/auth/viewer";
import { sealSecret } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db";
import { publishSettingsChanged } from "@/lib/server/events";
import { buildUpstreamConfig, normaliseBaseUrl, type UpstreamConfig } from "@/lib/server/mj/config";
import {
  decodeRow,
  ensureUpstreamSettingsLoaded,
  parseStored,
  SETTING_KEY,
  type StoredUpstreamSettings,
} from "@/lib/server/mj/saved-upstream";
import { setUpstreamCache, upstreamCache, type UpstreamOverrides } from "@/lib/server/mj/upstream-cache";
import { serverSecret } from "@/lib/server/secret";
import { signalTracker } from "@/lib/server/signals";

// Editing the admin-entered upstream settings (one JSON row in Setting("upstream"), loaded by
// mj/saved-upstream.ts). The key is stored sealed (AES-256-GCM with a key derived from the server secret) and
// is write-only: nothing here ever returns it.

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
  if (candidate.simulator || candidate.baseUrl === inUse.baseUrl)
    return { config: candidate, keyWithheld: false };
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
  signalTracker("upstream-changed");
  // Open browsers re-read what they show from these settings (the simulator badge, the admin page).
  publishSettingsChanged();
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
