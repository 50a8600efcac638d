import "server-only";

import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { contentTypeOf, extensionOf, getImageStorage, type ImageStorage } from "@/lib/server/storage";
import { isImageVariant, noImageYet, taskImageKey } from "@/lib/server/tasks/image-files";

// GET /api/images/:id/:variant, the same on every backend: the access check first, then either the bytes (local
// disk, or a bucket read through the studio) or, with S3_PRESIGN_SECONDS > 0, a redirect to a presigned GET so
// the bucket serves the bytes and the studio only signs.

/** Stored paths are content-versioned and the URL carries the version, so a copy never goes stale. */
export const IMAGE_CACHE_CONTROL = "private, max-age=31536000, immutable";

/**
 * How long a browser may reuse a redirect to a URL that stops working at `expiresAt`: its remaining life minus
 * a tenth of it (1–60 s) for the time between reading the cached redirect and the bucket answering.
 */
export function redirectMaxAge(expiresAt: Date, now: Date): number {
  const remaining = Math.floor((expiresAt.getTime() - now.getTime()) / 1000);
  const slack = Math.min(60, Math.max(1, Math.ceil(remaining / 10)));
  return Math.max(0, remaining - slack);
}

export async function imageResponse(
  req: Request,
  params: { id: string; variant: string },
  viewer: Viewer,
  storage: ImageStorage = getImageStorage(),
  now = new Date(),
): Promise<Response> {
  const { id, variant } = params;
  if (!isImageVariant(variant)) {
    throw new AppError("not_found", `Unknown image variant "${variant}"; use original, thumb or preview.`);
  }
  const key = await taskImageKey(id, variant, viewer);
  const fileName = `mj-${id}-${variant}.${extensionOf(key)}`;
  const download = new URL(req.url).searchParams.has("download");
  const redirect = await presignedRedirect(storage, key, download ? fileName : undefined, now);
  if (redirect) return redirect;
  const bytes = await storage.get(key);
  if (!bytes) throw noImageYet(id, variant);
  const headers = new Headers({
    "Content-Type": contentTypeOf(key),
    "Content-Length": String(bytes.length),
    "Cache-Control": IMAGE_CACHE_CONTROL,
    "X-Content-Type-Options": "nosniff",
  });
  if (download) headers.set("Content-Disposition", `attachment; filename="${fileName}"`);
  return new Response(new Uint8Array(bytes), { headers });
}

/**
 * With presigned GETs configured (S3_PRESIGN_SECONDS), the answer to an image request whose access check passed:
 * a redirect to the object itself. Null when the storage serves through the studio. Shared by /api/images and the
 * grid cells.
 */
export async function presignedRedirect(
  storage: ImageStorage,
  key: string,
  downloadName: string | undefined,
  now: Date,
): Promise<Response | null> {
  const presigned = await storage.presignGet?.(key, { downloadName, now });
  if (!presigned) return null;
  return new Response(null, {
    status: 302,
    headers: {
      Location: presigned.url,
      // Private: the redirect answers THIS viewer's access check and its URL works for anyone who holds it,
      // so a shared cache (a proxy, a CDN) must never hand it to someone else. Short: a cached redirect must
      // not outlive the signature it points to (the bytes' "immutable" would keep it for a year).
      "Cache-Control": `private, max-age=${redirectMaxAge(presigned.expiresAt, now)}`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
