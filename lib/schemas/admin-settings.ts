// Upstream settings as the admin page and /api/admin/settings see them. Shared by the form, the route
// handlers and the server module, so both sides validate exactly the same way.
import { z } from "zod";

import { text } from "./text";

export const AUTH_STYLES = ["bearer", "mj-api-secret", "authorization"] as const;
export const SPEED_MODES = ["fast", "relax", "turbo", "none"] as const;
export const MAX_API_KEY_LENGTH = 500;

export const AuthStyleSchema = z.enum(AUTH_STYLES);
export const ModeSchema = z.enum(SPEED_MODES);
export type AuthStyleValue = z.infer<typeof AuthStyleSchema>;
export type ModeValue = z.infer<typeof ModeSchema>;

/** The proxy's account selection (mj-api.md 4.20). Mirrors MJ_ACCOUNT_FILTER in env.mjs: keep them in step. */
export const AccountFilterSchema = z.strictObject({
  channelId: z.string().optional(),
  instanceId: z.string().optional(),
  modes: z.array(z.enum(["RELAX", "FAST", "TURBO"])).optional(),
  remark: z.string().optional(),
  remix: z.boolean().optional(),
  nijiRemix: z.boolean().optional(),
  remixAutoConsidered: z.boolean().optional(),
});
export type AccountFilter = z.infer<typeof AccountFilterSchema>;

/**
 * What an admin may save: the same shape with bounded one-line strings (the stored form above stays lenient
 * so settings saved before these limits still load). Discord ids are about 20 digits.
 */
export const AccountFilterInputSchema = AccountFilterSchema.extend({
  channelId: text("channelId").trim().max(64, "channelId must be at most 64 characters").optional(),
  instanceId: text("instanceId").trim().max(64, "instanceId must be at most 64 characters").optional(),
  remark: text("remark").max(200, "remark must be at most 200 characters").optional(),
});

/** Only http(s): anything else cannot be fetched and would only fail later, at submit time. */
export const HttpUrlSchema = text("baseUrl")
  .trim()
  .max(2000, "baseUrl must be at most 2000 characters")
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be an http:// or https:// URL");

/** The key travels in an HTTP header, where spaces, line breaks and non-ASCII are invalid or dangerous. */
export const ApiKeySchema = text("apiKey")
  .trim()
  .max(MAX_API_KEY_LENGTH, `apiKey must be at most ${MAX_API_KEY_LENGTH} characters`)
  .regex(/^[\x21-\x7e]*$/, "may only contain printable ASCII characters without spaces");

/**
 * A save (PUT/PATCH) or an unsaved "test connection". Per field: absent = keep what is saved; null (or "" for
 * the base URL) = back to the env default; a value = use it. The key is write-only: absent or blank keeps
 * the saved key, `clearKey` removes it.
 */
export const UpstreamSettingsInput = z
  .strictObject({
    baseUrl: z
      .union([z.literal(""), HttpUrlSchema])
      .nullable()
      .optional(),
    apiKey: ApiKeySchema.optional(),
    clearKey: z.boolean().optional(),
    authStyle: AuthStyleSchema.nullable().optional(),
    mode: ModeSchema.nullable().optional(),
    accountFilter: AccountFilterInputSchema.nullable().optional(),
  })
  .refine((v) => !(v.clearKey && v.apiKey), {
    message: "either type a new key or remove the saved one, not both",
    path: ["clearKey"],
  });
export type UpstreamSettingsInput = z.infer<typeof UpstreamSettingsInput>;

export const SettingSource = z.enum(["saved", "env"]);
export type SettingSource = z.infer<typeof SettingSource>;

function field<T extends z.ZodType>(value: T) {
  return z.object({ value, source: SettingSource, envValue: value });
}

export const SettingsWarning = z.enum(["saved_key_unreadable", "saved_settings_unreadable"]);
export type SettingsWarning = z.infer<typeof SettingsWarning>;

/** What an admin may see. There is deliberately no field that could carry the key or any part of it. */
export const UpstreamSettingsDto = z.object({
  /** null = the built-in simulator. */
  baseUrl: field(z.string().nullable()),
  authStyle: field(AuthStyleSchema),
  mode: field(ModeSchema),
  accountFilter: field(AccountFilterSchema.nullable()),
  key: z.object({
    hasKey: z.boolean(),
    source: z.enum(["saved", "env", "simulator", "none"]),
    /** A sealed key is stored (even one that cannot be opened any more). */
    saved: z.boolean(),
  }),
  simulator: z.boolean(),
  warnings: z.array(SettingsWarning),
  updatedAt: z.string().nullable(),
});
export type UpstreamSettingsDto = z.infer<typeof UpstreamSettingsDto>;

export const TEST_STAGES = ["config", "connect", "http", "auth", "mode", "done"] as const;
export const TEST_REASONS = [
  "ok",
  "bad_url",
  "dns",
  "refused",
  "timeout",
  "tls",
  "network",
  "redirect",
  "not_json",
  "no_api",
  "server_error",
  "rate_limited",
  "key_missing",
  "key_refused",
  "mode_prefix",
  "unexpected",
] as const;

export const ConnectionTestResultDto = z.object({
  ok: z.boolean(),
  /** The step that failed, or "done". */
  stage: z.enum(TEST_STAGES),
  reason: z.enum(TEST_REASONS),
  /** English sentence for logs and API users; the UI words the reason itself. */
  message: z.string(),
  /** Short technical excerpt (error code, HTML title, HTTP status); never the key. */
  detail: z.string().nullable(),
  httpStatus: z.number().int().nullable(),
  latencyMs: z.number().int().nullable(),
  /** The normalised address that was tested (no credentials). */
  baseUrl: z.string(),
  /** The saved/env key was not sent: the test targeted another address and no key was typed for it. */
  keyWithheld: z.boolean(),
});
export type ConnectionTestResultDto = z.infer<typeof ConnectionTestResultDto>;

export type AccountFilterParse =
  { ok: true; value: AccountFilter | null } | { ok: false; error: "json" | "shape"; message: string };

/** The form's textarea: empty = env default (null), otherwise a JSON object checked like env.mjs checks it. */
export function parseAccountFilterText(text: string): AccountFilterParse {
  if (text.trim() === "") return { ok: true, value: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: "json", message: 'must be JSON, e.g. {"modes":["RELAX"],"remark":"team"}' };
  }
  const parsed = AccountFilterInputSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: "shape",
    message: `${issue?.path.join(".") || "value"}: ${issue?.message ?? "invalid"}`,
  };
}
