// Typed, validated environment. next.config.mjs imports this file so a bad value fails `next build`
// and `next start` before anything else runs.
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

import { databaseKind } from "./lib/db-kind.mjs";
import { checkS3Group, s3EnvShape } from "./lib/s3-env.mjs";

const intFromString = (fallback) => z.coerce.number().int().nonnegative().default(fallback);

// The operator's account selection for PLUS/TRUE proxies (mj-api.md 4.20), as JSON.
const AccountFilter = z.strictObject({
  channelId: z.string().optional(),
  instanceId: z.string().optional(),
  modes: z.array(z.enum(["RELAX", "FAST", "TURBO"])).optional(),
  remark: z.string().optional(),
  remix: z.boolean().optional(),
  nijiRemix: z.boolean().optional(),
  remixAutoConsidered: z.boolean().optional(),
});
const accountFilterJson = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (!text) return undefined;
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: "custom", message: 'must be JSON, e.g. {"modes":["RELAX"],"remark":"team"}' });
      return z.NEVER;
    }
    const parsed = AccountFilter.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      ctx.addIssue({ code: "custom", message: `${issue?.path.join(".") || "value"}: ${issue?.message}` });
      return z.NEVER;
    }
    return parsed.data;
  });

/** Parses URL text, or undefined when it is not a URL. */
function urlOrUndefined(text) {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * A comma-separated list whose entries `readEntry` turns into values; it answers the complaint for an entry it
 * refuses, and the first refusal fails the whole variable.
 * @param {(entry: string) => { value: string } | { problem: string }} readEntry
 */
function commaList(readEntry) {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      const values = [];
      for (const entry of (text ?? "")
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean)) {
        const read = readEntry(entry);
        if ("problem" in read) {
          ctx.addIssue({ code: "custom", message: read.problem });
          return z.NEVER;
        }
        values.push(read.value);
      }
      return values;
    });
}

// Hostnames (no port) whose images may be downloaded even though they resolve to a private network address,
// e.g. a LAN image host of a self-hosted proxy. Canonicalised the way URL.hostname spells them, so the download
// guard (lib/server/mj/image-fetch.ts) can compare them with a link's hostname as they are.
const hostnameList = commaList((entry) => {
  // The ":1" makes an entry that already has a port unparsable (":80" alone would vanish as the default).
  const url = urlOrUndefined(`http://${entry}:1/`);
  if (!url || url.port !== "1" || url.username || url.pathname !== "/" || url.search || url.hash)
    return { problem: `"${entry}" is not a hostname (no scheme, port or path)` };
  return { value: url.hostname };
});

// Comma-separated origins ("http://10.0.0.7:3000"): scheme, host and port only, nothing else.
const originList = commaList((entry) => {
  const url = urlOrUndefined(entry);
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/+$/, ""))
    return { problem: `"${entry}" is not an http(s) origin (scheme, host, port; no path)` };
  return { value: url.origin };
});

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // file: → SQLite (the default, nothing to install); postgres:// or postgresql:// → PostgreSQL (docs/database.md).
    DATABASE_URL: z
      .string()
      .min(1)
      .default("file:./data/studio.db")
      .refine(
        (url) => {
          try {
            return Boolean(databaseKind(url));
          } catch {
            return false;
          }
        },
        { message: 'must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)' },
      ),
    // PostgreSQL only: connections each instance's pool keeps open at most. Instances × pool size must stay
    // below the server's max_connections (100 by default), with room for the coordination connections.
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    DATA_DIR: z.string().min(1).default("./data"),

    // Upstream (MJ-Proxy compatible). Unset MJ_API_BASE = the built-in simulator.
    // Signs sessions and encrypts admin-entered secrets. Unset: generated once into DATA_DIR (docs/security.md).
    // Required with PostgreSQL (checked below): several instances must share it.
    STUDIO_SECRET: z.string().min(32, "STUDIO_SECRET must be at least 32 characters").optional(),
    // Trust X-Forwarded-For/-Proto from a reverse proxy (TLS termination): secure cookies and client IPs.
    TRUST_PROXY: z
      .enum(["true", "false", "1", "0"])
      .default("false")
      .transform((v) => v === "true" || v === "1"),
    // Per account: after 3 free failures the wait doubles from 1 s up to this cap (never a lock).
    SIGNIN_MAX_DELAY_MS: z.coerce
      .number()
      .int()
      .min(1000)
      .max(15 * 60_000)
      .default(30_000),
    // Failed sign-ins allowed per client IP per window; applied only with TRUST_PROXY (else the IP is unknown).
    SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(30),
    SIGNIN_WINDOW_MS: z.coerce
      .number()
      .int()
      .min(1000)
      .default(15 * 60_000),
    MJ_API_BASE: z.url().optional(),
    MJ_API_KEY: z.string().optional(),
    MJ_AUTH_STYLE: z.enum(["bearer", "mj-api-secret", "authorization"]).default("mj-api-secret"),
    MJ_MODE: z.enum(["fast", "relax", "turbo", "none"]).default("none"),
    MJ_TIMEOUT_MS: intFromString(30_000),
    // JSON accountFilter added to submits (imagine, describe, blend, shorten, action; swap gets instanceId only).
    MJ_ACCOUNT_FILTER: accountFilterJson,
    // Public URL at which the upstream can reach this studio's callback route; unset = no notifyHook.
    MJ_NOTIFY_BASE: z.url().optional(),
    // Image hosts allowed to resolve to private addresses (comma-separated hostnames); the API's own origin always is.
    MJ_IMAGE_PRIVATE_HOSTS: hostnameList,

    // Task tracker. The interval paces the batched read of every running task while the upstream does not call
    // back (callbacks off or stripped); with callbacks the tracker only reads silent tasks (tracker/poll-policy.ts).
    TRACKER_INTERVAL_MS: intFromString(1_000),
    TRACKER_STALL_LIMIT_MS: intFromString(30 * 60_000),
    TRACKER_VANISH_GRACE_MS: intFromString(60_000),
    // A dialog (MODAL task) nobody came back to for this long is abandoned: cancelled upstream where possible.
    TRACKER_MODAL_ABANDON_MS: intFromString(24 * 3600_000),
    // Image downloads and thumbnails stored at once (tracker/image-queue.ts); each also uses one sharp thread.
    IMAGE_WORKERS: z.coerce.number().int().min(1).max(8).default(1),

    // Reference uploads.
    MAX_REFERENCE_BYTES: intFromString(1_048_576),
    // The studio's public origin (https://studio.example.com), reachable by Midjourney's servers. Set, it lets
    // --sref/--cref/--oref point at /api/public/references/<signed token> when the upstream cannot upload images
    // itself (upload-discord-images); unset, such an upstream gets image prompts only. Origin only: no path.
    STUDIO_PUBLIC_URL: z
      .url()
      .optional()
      .refine(
        (url) => {
          if (!url) return true;
          const parsed = urlOrUndefined(url);
          return (
            !!parsed &&
            (parsed.protocol === "https:" || parsed.protocol === "http:") &&
            (parsed.pathname === "/" || parsed.pathname === "") &&
            !parsed.search &&
            !parsed.hash &&
            !parsed.username &&
            !parsed.password
          );
        },
        {
          message:
            "must be an http(s) origin such as https://studio.example.com (no path, query or credentials)",
        },
      )
      .transform((url) => (url ? new URL(url).origin : undefined)),

    // Zip downloads streaming at once, per member and for the whole server; beyond them the answer is a 429.
    EXPORT_MAX_PER_MEMBER: z.coerce.number().int().min(1).default(2),
    EXPORT_MAX_CONCURRENT: z.coerce.number().int().min(1).default(4),

    // Image storage: local disk (DATA_DIR/images) unless S3 is configured; see docs/storage.md.
    ...s3EnvShape,

    // Built-in simulator.
    SIM_DURATION_MS: intFromString(15_000),
    SIM_CONCURRENCY: intFromString(3),
    SIM_QUEUE_SIZE: intFromString(10),
    SIM_IMAGE_TTL_SECONDS: intFromString(24 * 3600),
    SIM_PROFILE: z.enum(["native", "oss", "aggregator"]).default("native"),
    SIM_API_KEY: z.string().optional(),
    // A simulator that is the upstream of OTHER studios (several instances, tests) may call back their notify
    // routes too: the operator lists those studios' origins here. Nobody else can add a target.
    SIM_NOTIFY_ORIGINS: originList,
  },
  client: {},
  experimental__runtimeEnv: {},
  // Rules that involve several variables at once; each adds its own issue in words.
  createFinalSchema: (shape) =>
    z.object(shape).superRefine((value, ctx) => {
      checkS3Group(value, ctx);
    }),
  emptyStringAsUndefined: true,
  // Lint-only or tooling steps may skip validation explicitly.
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
});

// Several instances on one PostgreSQL database must sign sessions, open the saved upstream key and check callback
// tokens alike, and each has its own DATA_DIR: so the secret comes from the environment, the same for all.
if (
  process.env.SKIP_ENV_VALIDATION !== "1" &&
  /^postgres(ql)?:\/\//i.test(env.DATABASE_URL) &&
  !env.STUDIO_SECRET
) {
  throw new Error(
    "Invalid environment: STUDIO_SECRET is required when DATABASE_URL is PostgreSQL. Every studio instance " +
      "must have the same one (32 or more random characters, e.g. from `openssl rand -base64 32`); see docs/security.md.",
  );
}
