import "server-only";

import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { cropGridCell, gridCellKey } from "@/lib/server/grid-crop";
import { IMAGE_CACHE_CONTROL, presignedRedirect } from "@/lib/server/image-route";
import { getImageStorage, type ImageStorage } from "@/lib/server/storage";
import { taskGridImage } from "@/lib/server/tasks/image-files";
import { gridCellFileName, isGridCell } from "@/lib/task-grid";

// GET /api/tasks/:id/cells/:n – one of the four images of a grid task, cut from our stored original.
//
// Caching: a cell is cut once and kept in the image storage beside its original (`original-<hash>-cell-<n>.png`),
// so every instance and every later request reuses it (on S3 the bucket even serves it, presigned) and sharp
// runs once per cell, not once per view. The key derives from the content-versioned original, so the cell can
// never go stale: the browser may keep it for good when the URL names that version (`?v=`, as the DTO's image
// URLs do), and otherwise revalidates against a strong ETag, the version itself.

export async function cellResponse(
  req: Request,
  params: { id: string; n: string },
  viewer: Viewer,
  storage: ImageStorage = getImageStorage(),
  now = new Date(),
): Promise<Response> {
  const cell = Number(params.n);
  if (!/^[1-4]$/.test(params.n) || !isGridCell(cell)) {
    throw new AppError("not_found", `There is no cell "${params.n}": a grid has cells 1 to 4 (U1–U4).`);
  }
  const original = await taskGridImage(params.id, viewer);
  const key = gridCellKey(original.key, cell);
  const url = new URL(req.url);
  const download = url.searchParams.has("download");
  const fileName = gridCellFileName(original.prompt, params.id, cell);

  let bytes = await storage.get(key);
  if (!bytes) {
    const grid = await storage.get(original.key);
    if (!grid) {
      throw new AppError(
        "not_found",
        `The stored image of task "${params.id}" is missing, so it cannot be cut.`,
      );
    }
    bytes = await cropGridCell(grid, cell);
    // Written once under a content-derived key: two requests racing here write the same bytes.
    await storage.put(key, bytes, "image/png");
  }

  const redirect = await presignedRedirect(storage, key, download ? fileName : undefined, now);
  if (redirect) return redirect;

  const etag = `"${key.slice(key.lastIndexOf("/") + 1)}"`;
  // The DTO's `v` is the original's file name: only that exact version may be cached for good.
  const versioned = url.searchParams.get("v") === original.key.slice(original.key.lastIndexOf("/") + 1);
  const headers = new Headers({
    "Content-Type": "image/png",
    ETag: etag,
    "Cache-Control": versioned ? IMAGE_CACHE_CONTROL : "private, no-cache",
    "X-Content-Type-Options": "nosniff",
  });
  if (download) headers.set("Content-Disposition", `attachment; filename="${fileName}"`);
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  headers.set("Content-Length", String(bytes.length));
  return new Response(new Uint8Array(bytes), { headers });
}
