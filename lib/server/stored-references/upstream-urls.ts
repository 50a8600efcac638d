import "server-only";

import { env } from "@/env.mjs";
import { AppError } from "@/lib/errors";
import type { Reference } from "@/lib/generated/prisma/client";
import type { ReferenceCapabilities } from "@/lib/schemas/reference";
import { db } from "@/lib/server/db";
import { isMjError, knownUploadSupport, uploadImages } from "@/lib/server/mj";
import { uploadSupportKey } from "@/lib/server/mj/upload-images";

import { signReferenceToken } from "./public-token";
import { referenceDataUrl } from "./store";

// --sref / --cref / --oref take URLs that Midjourney's servers fetch. In order of preference:
//   1. the upstream's upload-discord-images (a Discord CDN URL; nothing of ours is exposed),
//   2. a signed link to our own public route, when the operator set STUDIO_PUBLIC_URL,
//   3. neither: the member is told that only image prompts (base64Array) are possible.
// The server never fetches a URL anyone chose: it sends bytes it stored and forwards the URLs it was given.

/** A Discord URL is reused while younger than this (Discord's signed attachment links last about a day). */
const UPLOADED_URL_FRESH_MS = 12 * 3600_000;

export const NO_URL_ROUTE_MESSAGE =
  "Style, character and omni references need an image URL Midjourney can fetch: this upstream cannot upload " +
  "images (no upload-discord-images) and the studio has no public address (STUDIO_PUBLIC_URL), so only image " +
  "prompts are possible.";

export function referenceCapabilities(): ReferenceCapabilities {
  if (knownUploadSupport() !== "absent") return { urlRoles: "upload" };
  return { urlRoles: env.STUDIO_PUBLIC_URL ? "public" : "none" };
}

export function publicReferenceUrl(id: string, now = new Date()): string | null {
  if (!env.STUDIO_PUBLIC_URL) return null;
  return `${env.STUDIO_PUBLIC_URL}/api/public/references/${signReferenceToken(id, now)}`;
}

async function uploadedUrls(refs: readonly Reference[], now: Date): Promise<Map<string, string> | null> {
  const key = uploadSupportKey();
  const fresh = (r: Reference) =>
    r.upstreamUrl &&
    r.upstreamUrlKey === key &&
    r.upstreamUrlAt &&
    now.getTime() - r.upstreamUrlAt.getTime() < UPLOADED_URL_FRESH_MS;
  const out = new Map<string, string>();
  for (const r of refs) if (fresh(r)) out.set(r.id, r.upstreamUrl as string);
  const missing = refs.filter((r) => !out.has(r.id));
  if (missing.length === 0) return out;
  try {
    const urls = await uploadImages(await Promise.all(missing.map(referenceDataUrl)));
    for (const [i, r] of missing.entries()) {
      const url = urls[i] as string;
      out.set(r.id, url);
      await db.reference.update({
        where: { id: r.id },
        data: { upstreamUrl: url, upstreamUrlKey: key, upstreamUrlAt: now },
      });
    }
    return out;
  } catch (error) {
    if (isMjError(error) && error.kind === "unsupported") return null;
    throw error;
  }
}

/** A URL Midjourney can fetch for each reference, by id; throws the explanation when there is no way. */
export async function referenceUrls(
  refs: readonly Reference[],
  now = new Date(),
): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map();
  const uploaded = await uploadedUrls(refs, now);
  if (uploaded) return uploaded;
  if (!env.STUDIO_PUBLIC_URL) throw new AppError("validation_failed", NO_URL_ROUTE_MESSAGE);
  return new Map(refs.map((r) => [r.id, publicReferenceUrl(r.id, now) as string]));
}
