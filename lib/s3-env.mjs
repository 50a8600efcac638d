// The S3_* variables of env.mjs, checked as one group: images go to a bucket only when all four required
// settings are given, and a half-configured bucket stops the start with a message naming what is missing,
// instead of silently keeping images on one machine's disk. Plain .mjs because env.mjs (and the plain-Node
// storage migration script) load it before any TypeScript is compiled. Error messages name variables, never
// their values: the secret key must not reach a log.
import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === "true" || v === "1"));

/** The longest presigned-URL lifetime the studio accepts (docs/storage.md says why). */
export const MAX_PRESIGN_SECONDS = 3600;

export const s3EnvShape = {
  // Where the S3-compatible API answers, e.g. https://s3.eu-central-1.amazonaws.com or http://minio:9000.
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "S3_ENDPOINT must be an http(s) URL" }).optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "S3_BUCKET must be a bucket name (3–63 of a-z 0-9 . -)")
    .optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  // Defaults (us-east-1, path-style on) are applied by s3Settings so that setting only these two is still
  // recognised as an attempt to configure S3.
  S3_REGION: z.string().optional(),
  S3_FORCE_PATH_STYLE: booleanString,
  // Keys are stored under this folder of the bucket, e.g. "studio/" to share a bucket with other things.
  S3_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_\-/.]+$/, "S3_PREFIX may hold only letters, digits, _ - . and /")
    .refine(
      (p) => !p.startsWith("/") && !p.split("/").includes(".."),
      "S3_PREFIX must be relative, without ..",
    )
    .optional(),
  // 0 or unset: images are served through the studio. > 0: /api/images answers with a redirect to a presigned
  // GET valid this long. At most an hour: a presigned URL is a bearer credential that keeps working after the
  // member loses access (docs/storage.md), so a long lifetime would quietly undo the access check.
  S3_PRESIGN_SECONDS: z.coerce
    .number({ error: "S3_PRESIGN_SECONDS must be a whole number of seconds" })
    .int("S3_PRESIGN_SECONDS must be a whole number of seconds")
    .min(0, "S3_PRESIGN_SECONDS must be 0 (serve images through the studio) or more")
    .max(
      MAX_PRESIGN_SECONDS,
      `S3_PRESIGN_SECONDS may be at most ${MAX_PRESIGN_SECONDS} (one hour): a presigned image URL works for ` +
        "anyone who holds it until it expires, even after the member lost access. Minutes are enough.",
    )
    .optional(),
};

const REQUIRED = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"];

const list = (names) =>
  names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");

/**
 * superRefine for the whole env: any S3_* variable set means "use a bucket", which then needs all of
 * REQUIRED. @param {Record<string, unknown>} value @param {import("zod").RefinementCtx} ctx
 */
export function checkS3Group(value, ctx) {
  const given = Object.keys(s3EnvShape).filter((name) => value[name] !== undefined);
  if (given.length === 0) return;
  const missing = REQUIRED.filter((name) => value[name] === undefined);
  if (missing.length === 0) return;
  ctx.addIssue({
    code: "custom",
    path: [missing[0]],
    message:
      `S3 image storage is half configured: ${list(given)} ${given.length > 1 ? "are" : "is"} set, but ` +
      `${list(missing)} ${missing.length > 1 ? "are" : "is"} missing. Set all of ${list(REQUIRED)} to keep ` +
      "images in a bucket, or none of the S3_* variables to keep them on local disk.",
  });
}

/**
 * @typedef {{ endpoint: string, bucket: string, accessKeyId: string, secretAccessKey: string, region: string,
 *   forcePathStyle: boolean, prefix: string, presignSeconds: number }} S3Settings
 */

/**
 * The bucket settings from a validated env, or null when images stay on local disk.
 * @param {Record<string, unknown>} env @returns {S3Settings | null}
 */
export function s3Settings(env) {
  if (REQUIRED.some((name) => env[name] === undefined)) return null;
  const prefix = /** @type {string | undefined} */ (env.S3_PREFIX) ?? "";
  return {
    endpoint: String(env.S3_ENDPOINT),
    bucket: String(env.S3_BUCKET),
    accessKeyId: String(env.S3_ACCESS_KEY_ID),
    secretAccessKey: String(env.S3_SECRET_ACCESS_KEY),
    region: /** @type {string | undefined} */ (env.S3_REGION) ?? "us-east-1",
    // A string when env validation was skipped (lint-only runs); a boolean once validated.
    forcePathStyle: [undefined, true, "true", "1"].includes(/** @type {any} */ (env.S3_FORCE_PATH_STYLE)),
    // One trailing slash, so "studio" and "studio/" mean the same folder.
    prefix: prefix && !prefix.endsWith("/") ? `${prefix}/` : prefix,
    presignSeconds: Number(env.S3_PRESIGN_SECONDS ?? 0),
  };
}

/**
 * The origin browsers load images from when /api/images redirects to presigned bucket URLs (the page CSP must
 * allow it), or null when the studio serves the bytes itself. Path-style URLs live on the endpoint's origin;
 * virtual-hosted ones on the bucket's own subdomain of it.
 * @param {S3Settings | null} settings @returns {string | null}
 */
export function presignedImageOrigin(settings) {
  if (!settings || settings.presignSeconds <= 0) return null;
  const endpoint = new URL(settings.endpoint);
  return settings.forcePathStyle
    ? endpoint.origin
    : `${endpoint.protocol}//${settings.bucket}.${endpoint.host}`;
}
