import "server-only";

import { AppError } from "@/lib/errors";

/**
 * Reads a request body, counting bytes as they stream in, and stops at the cap: a client that sends no
 * Content-Length (chunked) or a false one cannot make us buffer 20 MB before we notice.
 */
export async function readCappedBytes(req: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw bodyTooLarge(maxBytes);
  if (!req.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw bodyTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
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
