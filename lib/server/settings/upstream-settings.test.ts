import { beforeEach, describe, expect, it, vi } from "vitest";

import { UpstreamSettingsInput } from "@/lib/schemas/admin-settings";
import { eventBus, type StudioEvent } from "@/lib/server/events";
import { getUpstreamConfig } from "@/lib/server/mj/config";
import {
  decodeRow,
  ensureUpstreamSettingsLoaded,
  forgetUpstreamSettings,
  simulatorInUse,
} from "@/lib/server/mj/saved-upstream";
import { emptyUpstreamCache, setUpstreamCache } from "@/lib/server/mj/upstream-cache";

import { publicUpstreamSettings } from "./upstream-public";
import { candidateUpstreamConfig, saveUpstreamSettings } from "./upstream-settings";

// In-memory stand-ins for the one Setting row, the audit log, env and the server secret.
const h = vi.hoisted(() => {
  const env: Record<string, unknown> = {};
  return {
    rows: new Map<string, { value: string; updatedAt: Date }>(),
    audits: [] as { action: string; detail: Record<string, unknown> }[],
    secret: "s".repeat(40),
    env,
  };
});

vi.mock("@/env.mjs", () => ({ env: h.env }));
vi.mock("@/lib/server/secret", () => ({
  serverSecret: () => h.secret,
  simulatorSecret: () => (h.env.SIM_API_KEY as string | undefined) ?? "generated-sim-secret",
}));
vi.mock("@/lib/server/audit", () => ({
  audit: (_actor: unknown, action: string, _target: unknown, detail: Record<string, unknown>) => {
    h.audits.push({ action, detail });
    return Promise.resolve();
  },
}));
vi.mock("@/lib/server/db", () => ({
  db: {
    setting: {
      findUnique: ({ where }: { where: { key: string } }) => Promise.resolve(h.rows.get(where.key) ?? null),
      upsert: ({ where, create }: { where: { key: string }; create: { value: string } }) => {
        h.rows.set(where.key, { value: create.value, updatedAt: new Date() });
        return Promise.resolve();
      },
    },
  },
}));

const admin = { id: "u1", name: "Ada", role: "admin" as const };
const KEY = "sk-live-0123456789abcdef";

function resetEnv(overrides: Record<string, unknown> = {}) {
  for (const k of Object.keys(h.env)) delete h.env[k];
  Object.assign(h.env, {
    PORT: 3000,
    MJ_API_BASE: "https://env.example.com",
    MJ_API_KEY: "env-key-abcdef",
    MJ_AUTH_STYLE: "mj-api-secret",
    MJ_MODE: "none",
    MJ_TIMEOUT_MS: 5000,
    MJ_ACCOUNT_FILTER: { remark: "team" },
    SIM_API_KEY: undefined,
    ...overrides,
  });
}

const save = (input: unknown) => saveUpstreamSettings(UpstreamSettingsInput.parse(input), admin);
const storedRow = () => JSON.parse(h.rows.get("upstream")?.value ?? "null") as Record<string, unknown> | null;

beforeEach(() => {
  h.rows.clear();
  h.audits.length = 0;
  h.secret = "s".repeat(40);
  resetEnv();
  setUpstreamCache(emptyUpstreamCache());
});

describe("upstream settings", () => {
  it("uses env values until something is saved", async () => {
    await ensureUpstreamSettingsLoaded();
    const view = await publicUpstreamSettings();
    expect(view.baseUrl).toEqual({
      value: "https://env.example.com",
      source: "env",
      envValue: "https://env.example.com",
    });
    expect(view.key).toEqual({ hasKey: true, source: "env", saved: false });
    expect(view.accountFilter.value).toEqual({ remark: "team" });
    expect(getUpstreamConfig().apiKey).toBe("env-key-abcdef");
  });

  it("tells open browsers that settings changed when they are saved", async () => {
    const heard: StudioEvent[] = [];
    const stop = eventBus().subscribe(({ event }) => heard.push(event));
    await save({ mode: "relax" });
    stop();
    expect(heard).toEqual([{ kind: "settings" }]);
  });

  it("seals the key at rest and merges saved values over env", async () => {
    await save({ baseUrl: "https://saved.example.com/mj/", apiKey: KEY, authStyle: "bearer", mode: "relax" });
    const row = h.rows.get("upstream")?.value ?? "";
    expect(row).not.toContain(KEY);
    expect(storedRow()).toMatchObject({
      baseUrl: "https://saved.example.com",
      authStyle: "bearer",
      mode: "relax",
    });
    expect(String(storedRow()?.apiKeySealed)).toMatch(/^v1\./);
    expect(getUpstreamConfig()).toMatchObject({
      baseUrl: "https://saved.example.com",
      apiKey: KEY,
      authStyle: "bearer",
      mode: "relax",
      accountFilter: { remark: "team" },
      simulator: false,
    });
  });

  it("never returns or audits the key", async () => {
    await save({ apiKey: KEY });
    const view = await publicUpstreamSettings();
    expect(view.key).toEqual({ hasKey: true, source: "saved", saved: true });
    const json = JSON.stringify(view);
    expect(json).not.toContain(KEY);
    expect(json).not.toContain(KEY.slice(-8));
    expect(JSON.stringify(h.audits)).not.toContain(KEY);
    expect(h.audits[0]).toMatchObject({ action: "settings.upstream.updated", detail: { keyChanged: true } });
  });

  it("keeps the saved key when the key is omitted or blank, removes it only on clearKey", async () => {
    await save({ apiKey: KEY });
    const sealed = storedRow()?.apiKeySealed;
    await save({ mode: "fast" });
    await save({ apiKey: "   " });
    expect(storedRow()?.apiKeySealed).toBe(sealed);
    expect(getUpstreamConfig().apiKey).toBe(KEY);

    await save({ clearKey: true });
    expect(storedRow()).not.toHaveProperty("apiKeySealed");
    expect(getUpstreamConfig().apiKey).toBe("env-key-abcdef");
    expect(h.audits.at(-1)?.detail).toMatchObject({ keyChanged: false, keyCleared: true });
  });

  it("refuses a new key together with clearKey", () => {
    expect(UpstreamSettingsInput.safeParse({ apiKey: "x", clearKey: true }).success).toBe(false);
  });

  it("null or empty resets a field to the env default; {} means no accountFilter", async () => {
    await save({ baseUrl: "https://saved.example.com", mode: "turbo", accountFilter: {} });
    expect(getUpstreamConfig().accountFilter).toBeUndefined();
    expect((await publicUpstreamSettings()).accountFilter).toMatchObject({ value: null, source: "saved" });

    await save({ baseUrl: "", mode: null, accountFilter: null });
    expect(storedRow()).toEqual({});
    expect(getUpstreamConfig()).toMatchObject({ baseUrl: "https://env.example.com", mode: "none" });
    expect(getUpstreamConfig().accountFilter).toEqual({ remark: "team" });
  });

  it("falls back to the simulator when neither env nor settings name a base URL", async () => {
    resetEnv({ MJ_API_BASE: undefined, MJ_API_KEY: undefined, SIM_API_KEY: "sim-key" });
    const view = await publicUpstreamSettings();
    expect(view.simulator).toBe(true);
    expect(view.baseUrl.value).toBeNull();
    expect(view.key.source).toBe("simulator");
  });

  it("falls back to the env key with a warning when the server secret changed", async () => {
    await save({ apiKey: KEY, mode: "fast" });
    h.secret = "t".repeat(40);
    forgetUpstreamSettings();
    await ensureUpstreamSettingsLoaded();
    expect(getUpstreamConfig()).toMatchObject({ apiKey: "env-key-abcdef", mode: "fast" });
    const view = await publicUpstreamSettings();
    expect(view.warnings).toEqual(["saved_key_unreadable"]);
    expect(view.key).toEqual({ hasKey: true, source: "env", saved: true });

    // Saving other fields keeps the unreadable key (the old secret may come back); a new key replaces it.
    await save({ mode: "relax" });
    expect(storedRow()?.apiKeySealed).toBeTruthy();
    await save({ apiKey: "sk-new-key-000" });
    expect((await publicUpstreamSettings()).warnings).toEqual([]);
  });

  it("survives an unreadable row", () => {
    const state = decodeRow({ value: "{not json", updatedAt: new Date() });
    expect(state).toMatchObject({ loaded: true, overrides: {}, settingsUnreadable: true });
  });

  it("tests unsaved values on top of the saved ones without saving them", async () => {
    await save({ apiKey: KEY, authStyle: "bearer" });
    const sameUrl = await candidateUpstreamConfig(UpstreamSettingsInput.parse({ mode: "fast" }));
    expect(sameUrl).toEqual({
      config: expect.objectContaining({ apiKey: KEY, mode: "fast" }),
      keyWithheld: false,
    });
    const typed = await candidateUpstreamConfig(UpstreamSettingsInput.parse({ apiKey: "sk-typed" }));
    expect(typed.config.apiKey).toBe("sk-typed");
    const cleared = await candidateUpstreamConfig(UpstreamSettingsInput.parse({ clearKey: true }));
    expect(cleared.config.apiKey).toBe("env-key-abcdef");
    expect(getUpstreamConfig().baseUrl).toBe("https://env.example.com");
  });

  it("never sends the saved key to another base URL; only a key typed with it", async () => {
    await save({ apiKey: KEY, authStyle: "bearer" });
    const moved = await candidateUpstreamConfig(
      UpstreamSettingsInput.parse({ baseUrl: "http://try.test/mj" }),
    );
    expect(moved.config).toMatchObject({ baseUrl: "http://try.test", authStyle: "bearer" });
    expect(moved.config.apiKey).toBeUndefined();
    expect(moved.keyWithheld).toBe(true);

    const typed = await candidateUpstreamConfig(
      UpstreamSettingsInput.parse({ baseUrl: "http://try.test", apiKey: "sk-typed-for-try" }),
    );
    expect(typed).toMatchObject({ config: { apiKey: "sk-typed-for-try" }, keyWithheld: false });
  });

  it("never sends the env key to another base URL either", async () => {
    const moved = await candidateUpstreamConfig(
      UpstreamSettingsInput.parse({ baseUrl: "https://evil.test" }),
    );
    expect(moved.config.apiKey).toBeUndefined();
    expect(moved.keyWithheld).toBe(true);
  });

  it("compares normalised addresses: the same server written differently keeps its key", async () => {
    await save({ baseUrl: "https://saved.example.com", apiKey: KEY });
    for (const spelling of [
      "https://SAVED.example.com/mj/",
      "https://saved.example.com:443",
      "https://saved.example.com/",
    ]) {
      const same = await candidateUpstreamConfig(UpstreamSettingsInput.parse({ baseUrl: spelling }));
      expect(same).toMatchObject({ config: { apiKey: KEY }, keyWithheld: false });
    }
    // Another port, scheme or path prefix is another server.
    for (const other of [
      "https://saved.example.com:8443",
      "http://saved.example.com",
      "https://saved.example.com/v2",
    ]) {
      const moved = await candidateUpstreamConfig(UpstreamSettingsInput.parse({ baseUrl: other }));
      expect(moved.config.apiKey).toBeUndefined();
    }
  });

  it("a test of the built-in simulator from elsewhere carries only the simulator's own key", async () => {
    resetEnv({ MJ_API_BASE: undefined, MJ_API_KEY: undefined, SIM_API_KEY: "sim-key" });
    await save({ baseUrl: "https://saved.example.com", apiKey: KEY });
    const back = await candidateUpstreamConfig(UpstreamSettingsInput.parse({ baseUrl: "" }));
    expect(back.config).toMatchObject({ simulator: true, apiKey: "sim-key" });
  });

  it("the simulator is in use only while neither env nor an admin names a real base URL", async () => {
    resetEnv({ MJ_API_BASE: undefined });
    expect(await simulatorInUse()).toBe(true);
    await save({ baseUrl: "https://saved.example.com" });
    expect(await simulatorInUse()).toBe(false);
    await save({ baseUrl: "" });
    expect(await simulatorInUse()).toBe(true);
    resetEnv({ MJ_API_BASE: "https://env.example.com" });
    expect(await simulatorInUse()).toBe(false);
  });

  it("a saved base URL is seen by a process that only reads the row (no save in this process)", async () => {
    resetEnv({ MJ_API_BASE: undefined });
    h.rows.set("upstream", {
      value: JSON.stringify({ baseUrl: "https://saved.example.com" }),
      updatedAt: new Date(),
    });
    forgetUpstreamSettings();
    expect(await simulatorInUse()).toBe(false);
  });

  it("the simulator gets its own secret, never the saved or env key of a real upstream", async () => {
    resetEnv({ MJ_API_BASE: undefined, MJ_API_KEY: "env-key-abcdef", SIM_API_KEY: undefined });
    await save({ apiKey: KEY });
    expect(getUpstreamConfig()).toMatchObject({ simulator: true, apiKey: "generated-sim-secret" });
    const view = await publicUpstreamSettings();
    expect(view.key.source).toBe("simulator");
    const typed = await candidateUpstreamConfig(
      UpstreamSettingsInput.parse({ baseUrl: "", apiKey: "typed-key" }),
    );
    expect(typed.config.apiKey).toBe("generated-sim-secret");
  });
});
