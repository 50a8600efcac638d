// POST /api/tasks/download – { ids } → a zip of the images with a JSON sidecar each, plus manifest.json
import { AppError } from "@/lib/errors";
import { DownloadInput } from "@/lib/schemas/organize";
import { acquireExportSlot } from "@/lib/server/export/export-slots";
import { handle, readJson, toErrorResponse } from "@/lib/server/http";
import { streamDownload } from "@/lib/server/tasks/download";

export const dynamic = "force-dynamic";

export const POST = handle(async (req, _params, viewer) => {
  const { ids } = await readJson(req, DownloadInput, 64 * 1024);
  let release: () => void;
  try {
    release = acquireExportSlot(viewer.id);
  } catch (error) {
    return withRetryAfter(error);
  }
  let zip: ReadableStream<Uint8Array>;
  try {
    // The slot is held until the stream ends, fails or the client goes away (see streamTaskZip).
    zip = await streamDownload(ids, viewer, release);
  } catch (error) {
    release();
    throw error;
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(zip, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="mj-studio-${day}-${ids.length}-tasks.zip"`,
      "Cache-Control": "no-store",
    },
  });
});

function withRetryAfter(error: unknown): Response {
  const response = toErrorResponse(error);
  const wait = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
  if (typeof wait === "number") response.headers.set("Retry-After", String(wait));
  return response;
}
