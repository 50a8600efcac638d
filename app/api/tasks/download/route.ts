// POST /api/tasks/download – { ids } → a zip of the images with a JSON sidecar each, plus manifest.json
import { DownloadInput } from "@/lib/schemas/organize";
import { handle, readJson } from "@/lib/server/http";
import { buildDownload } from "@/lib/server/tasks/download";

export const dynamic = "force-dynamic";

export const POST = handle(async (req, _params, viewer) => {
  const { ids } = await readJson(req, DownloadInput, 64 * 1024);
  const zip = await buildDownload(ids, viewer);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(new Blob([zip as Uint8Array<ArrayBuffer>]), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="mj-studio-${day}-${ids.length}-tasks.zip"`,
      "Cache-Control": "no-store",
    },
  });
});
