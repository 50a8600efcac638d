// GET /api/references/:id/image – a stored reference's bytes, for signed-in members (references are
// team-visible, like the gallery's images). Ids never change their bytes, so the copy may be cached for good.
import { handle } from "@/lib/server/http";
import { IMAGE_CACHE_CONTROL } from "@/lib/server/image-route";
import { referenceImage } from "@/lib/server/stored-references";

export const dynamic = "force-dynamic";

export const GET = handle<{ id: string }>(async (_req, { id }) => {
  const { bytes, mime } = await referenceImage(id);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mime,
      "Content-Length": String(bytes.length),
      "Cache-Control": IMAGE_CACHE_CONTROL,
      "X-Content-Type-Options": "nosniff",
    },
  });
});
