import "server-only";

import { AppError } from "@/lib/errors";
import { readCapped } from "@/lib/read-capped";

/**
 * Reads a request body, counting bytes as they stream in, and stops at the cap: a client that sends no
 * Content-Length (chunked) or a false one cannot make us buffer 20 MB before we notice.
 */
export async function readCappedBytes(req: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await readCapped(req.body, req.headers.get("content-length"), maxBytes);
  if (!bytes) throw bodyTooLarge(maxBytes);
  return bytes;
}

export async function readCappedText(req: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readCappedBytes(req, maxBytes));
}

export function bodyTooLarge(maxBytes: number): AppError {
  const limit =
    maxBytes >= 1024 * 1024
      ? `${Math.round(maxBytes / 1024 / 1024)} MB`
      : `${Math.round(maxBytes / 1024)} KB`;
  return new AppError("payload_too_large", `The request body is larger than ${limit}.`, {
    limitBytes: maxBytes,
  });
}
