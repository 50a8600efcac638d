// GET /api/images/:id/:variant – our stored copy of a task's image (original | thumb | preview)
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/server/http";
import { isImageVariant, readTaskImage } from "@/lib/server/tasks/image-files";

export const dynamic = "force-dynamic";

const CONTENT_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
};

export const GET = handle<{ id: string; variant: string }>(async (req, { id, variant }, viewer) => {
  if (!isImageVariant(variant)) {
    throw new AppError("not_found", `Unknown image variant "${variant}"; use original, thumb or preview.`);
  }
  const { bytes, ext } = await readTaskImage(id, variant, viewer);
  const headers = new Headers({
    "Content-Type": CONTENT_TYPES[ext] ?? "application/octet-stream",
    "Content-Length": String(bytes.length),
    // Stored paths are content-versioned and the URL carries the version, so a copy never goes stale.
    "Cache-Control": "private, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
  });
  if (new URL(req.url).searchParams.has("download")) {
    headers.set("Content-Disposition", `attachment; filename="mj-${id}-${variant}.${ext}"`);
  }
  return new Response(new Uint8Array(bytes), { headers });
});
