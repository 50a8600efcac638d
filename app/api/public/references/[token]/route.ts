// GET /api/public/references/:token – one reference image, WITHOUT a session.
//
// Why public: --sref / --cref / --oref are URLs that Midjourney's own servers fetch while drawing; they hold no
// session of ours and cannot be given one. When the upstream cannot upload images itself
// (upload-discord-images), the studio hands Midjourney this URL instead (only with STUDIO_PUBLIC_URL set).
//
// How it is protected instead: the token is "<reference id>.<expiry>.<HMAC>" under a key of its own purpose
// (stored-references/public-token.ts), minted only by the server for a reference a member put in a prompt. It
// names one reference and expires after 7 days; a forged, altered or expired token is a plain 404, as is an
// unknown id. It can only ever serve a Reference row's bytes: never a gallery image, a task or anything else.
import { AppError } from "@/lib/errors";
import { handlePublic } from "@/lib/server/http";
import { referenceImage, verifyReferenceToken } from "@/lib/server/stored-references";

export const dynamic = "force-dynamic";

export const GET = handlePublic<{ token: string }>(async (_req, { token }) => {
  const id = token.length <= 200 ? verifyReferenceToken(token) : null;
  if (!id) throw new AppError("not_found", "This reference link is not valid (or has expired).");
  const { bytes, mime } = await referenceImage(id);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mime,
      "Content-Length": String(bytes.length),
      // Midjourney may fetch it more than once; nothing here is secret beyond the link itself.
      "Cache-Control": "public, max-age=3600",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
});
