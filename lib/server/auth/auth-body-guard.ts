import "server-only";

import { AppError } from "@/lib/errors";
import { DisplayName } from "@/lib/schemas/display-name";
import { readCappedBytes } from "@/lib/server/body-cap";
import { describeZodError, isJsonContentType, parseJsonText } from "@/lib/server/json-text";

/** Every better-auth body is a few short fields (e-mail, password, name); 16 KB is generous. */
export const MAX_AUTH_BODY_BYTES = 16 * 1024;

/** better-auth endpoints that write a display name. Sign-up is off, but a name check costs nothing there. */
const NAME_WRITERS = ["/update-user", "/sign-up/email"];

/**
 * Runs before better-auth sees a POST: better-auth reads bodies without a size limit and stores any string as
 * a name (a 20 MB name once made one gallery poll 40 MB). Caps the body while it streams (413), checks a
 * name against our rule (422 in our error shape), and hands better-auth a request with the same bytes.
 */
export async function guardAuthBody(req: Request): Promise<Request> {
  const bytes = await readCappedBytes(req, MAX_AUTH_BODY_BYTES);
  // better-auth also reads url-encoded forms; our checks (names, the sign-in delay's account) read JSON, so a
  // form body would slip past them. Our own forms send JSON, so nothing else is accepted.
  if (bytes.byteLength > 0 && !isJsonContentType(req.headers.get("content-type"))) {
    throw new AppError("unsupported_media_type", "Send the request body as JSON (application/json).");
  }
  const path = new URL(req.url).pathname;
  const writesName = NAME_WRITERS.some((suffix) => path.endsWith(suffix));
  const updatesUser = path.endsWith("/update-user");
  if (writesName || updatesUser) {
    const body = parseJsonText(new TextDecoder().decode(bytes));
    if (writesName) assertValidName(body);
    if (updatesUser) assertNoImage(body);
  }
  return new Request(req.url, {
    method: req.method,
    headers: req.headers,
    body: bytes.byteLength > 0 ? bytes : null,
    signal: req.signal,
  });
}

function assertValidName(body: unknown): void {
  if (!body || typeof body !== "object" || !("name" in body)) return;
  const parsed = DisplayName.safeParse(body.name);
  if (!parsed.success) throw new AppError("validation_failed", describeZodError(parsed.error));
}

/**
 * The studio has no profile pictures: better-auth would store any string as `image` and hand it back in every
 * session read, so an arbitrary URL or blob a member sets there is refused instead of kept.
 */
function assertNoImage(body: unknown): void {
  if (!body || typeof body !== "object" || !("image" in body) || body.image === null) return;
  throw new AppError("validation_failed", "image: profile pictures are not supported.");
}
