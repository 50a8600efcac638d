import "server-only";

import { readCapped } from "@/lib/read-capped";

import { authHeaders, countCall, transportError } from "./client";
import { getUpstreamConfig, type UpstreamConfig } from "./config";
import { MjError } from "./errors";
import { mayReachPrivateAddress, PrivateAddressError, requestImageHop } from "./image-fetch";

export const DEFAULT_MAX_IMAGE_BYTES = 30 * 1024 * 1024;
const MAX_REDIRECTS = 3;
/**
 * The whole download, redirects and body included, never takes longer than this (nor than MJ_TIMEOUT_MS). The
 * image pool runs one job at a time (tracker/image-queue.ts), so a server trickling bytes holds every other image
 * back; a 30 MB original at a modest 2 MB/s takes 15 s, a CDN image usually well under 2 s.
 */
export const IMAGE_DOWNLOAD_TIMEOUT_MS = 20_000;

/** Identifies the formats Midjourney/CDNs serve when a server labels them application/octet-stream. */
function sniffImageType(bytes: Buffer): string | null {
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return "image/png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length >= 6 && bytes.subarray(0, 4).toString("latin1") === "GIF8") return "image/gif";
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString("latin1") === "RIFF" &&
    bytes.subarray(8, 12).toString("latin1") === "WEBP"
  ) {
    return "image/webp";
  }
  return null;
}

function resolveUrl(url: string, config: UpstreamConfig): URL {
  let target: URL;
  try {
    // Relative URLs (some proxies return "/mj/image/<id>") are relative to the API server.
    target = new URL(url, `${config.baseUrl}/`);
  } catch {
    throw new MjError("validation", { description: "the image URL is not valid" });
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw new MjError("validation", { description: `unsupported image URL scheme ${target.protocol}` });
  }
  return target;
}

function statusError(status: number, sameOrigin: boolean, noun: MediaNoun): MjError {
  if ((status === 401 || status === 403) && sameOrigin) return new MjError("auth", { httpStatus: status });
  // Signed CDN links expire (Discord answers 404, S3-style stores 403): the file is gone.
  if (status === 401 || status === 403 || status === 404 || status === 410) {
    return new MjError("not_found", {
      httpStatus: status,
      message: `The ${noun} is no longer available upstream (HTTP ${status})`,
    });
  }
  if (status === 429) return new MjError("rate_limited", { httpStatus: status });
  if (status >= 500)
    return new MjError("network", { httpStatus: status, description: `${noun} server error` });
  return new MjError("bad_response", {
    httpStatus: status,
    description: `unexpected status for ${withArticle(noun)} download`,
  });
}

async function readLimited(res: Response, maxBytes: number, noun: MediaNoun): Promise<Buffer> {
  const tooLarge = () =>
    new MjError("bad_response", {
      httpStatus: res.status,
      description: `${noun} larger than ${maxBytes} bytes`,
    });
  const bytes = await readCapped(res.body, res.headers.get("content-length"), maxBytes);
  if (!bytes) throw tooLarge();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** What one kind of upstream file download needs to know: its words, its limits, and which types it accepts. */
export interface MediaDownloadSpec {
  noun: MediaNoun;
  maxBytes: number;
  /** Deadline for the whole download, redirects and body included. */
  timeoutMs: number;
  /** The content type to store (from the declared type and the bytes), or null to refuse the file. */
  pickType: (declaredType: string, bytes: Buffer) => string | null;
}

type MediaNoun = "image" | "video";
const withArticle = (noun: MediaNoun) => (noun === "image" ? "an image" : "a video");

/**
 * Downloads an upstream image (result, preview or proxied). The API key is sent only to the API
 * server's own origin (e.g. an aggregator's /mj/image/<id>), never to a CDN.
 */
export function downloadImage(
  url: string,
  opts?: { maxBytes?: number },
): Promise<{ bytes: Buffer; contentType: string }> {
  return downloadUpstreamMedia(url, {
    noun: "image",
    maxBytes: opts?.maxBytes ?? DEFAULT_MAX_IMAGE_BYTES,
    // Timeout messages name the image deadline, not the API's.
    timeoutMs: Math.min(getUpstreamConfig().timeoutMs, IMAGE_DOWNLOAD_TIMEOUT_MS),
    pickType: (declaredType, bytes) =>
      declaredType.startsWith("image/") ? declaredType : sniffImageType(bytes),
  });
}

/** One upstream file, redirects followed by hand, size-capped and type-checked (images here, videos in videos.ts). */
export async function downloadUpstreamMedia(
  url: string,
  spec: MediaDownloadSpec,
): Promise<{ bytes: Buffer; contentType: string }> {
  const config = { ...getUpstreamConfig(), timeoutMs: spec.timeoutMs };
  const { maxBytes, noun } = spec;
  const apiOrigin = new URL(config.baseUrl).origin;
  let target = resolveUrl(url, config);
  // One deadline for the whole download, redirects and body included.
  const signal = AbortSignal.timeout(config.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const sameOrigin = target.origin === apiOrigin;
      countCall(`GET ${noun}`);
      // Redirects are followed by hand so the secret header, and whether a private address may be reached, are
      // re-decided for each hop.
      const res = await requestImageHop(target, {
        headers: sameOrigin ? authHeaders(config) : {},
        signal,
        allowPrivate: mayReachPrivateAddress(target, apiOrigin),
      });
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel().catch(() => undefined);
        if (hop >= MAX_REDIRECTS)
          throw new MjError("bad_response", { httpStatus: res.status, description: "too many redirects" });
        target = resolveUrl(new URL(location, target).toString(), config);
        continue;
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => undefined);
        throw statusError(res.status, sameOrigin, noun);
      }
      const declaredType = (res.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (declaredType && declaredType.startsWith("text/")) {
        // Typical for an expired link answered with an HTML error page: do not read it.
        await res.body?.cancel().catch(() => undefined);
        throw new MjError("bad_response", {
          httpStatus: res.status,
          description: `expected ${withArticle(noun)}, got ${declaredType}`,
        });
      }
      const bytes = await readLimited(res, maxBytes, noun);
      const contentType = spec.pickType(declaredType, bytes);
      if (!contentType) {
        throw new MjError("bad_response", {
          httpStatus: res.status,
          description: `expected ${withArticle(noun)}, got ${declaredType || "no content type"}`,
        });
      }
      if (bytes.length === 0)
        throw new MjError("bad_response", { httpStatus: res.status, description: `empty ${noun} body` });
      return { bytes, contentType };
    }
  } catch (e) {
    if (e instanceof MjError) throw e;
    if (e instanceof PrivateAddressError) {
      // The same link fails the same way every time: "validation" tells the image pool not to retry it.
      throw new MjError("validation", {
        description: e.message,
        message: `The ${noun} link points to a private network address; the studio does not download from there.`,
      });
    }
    // An abort surfaces as whatever the socket says when it is torn down: the deadline is the real reason.
    throw transportError(signal.aborted ? signal.reason : e, config, "image");
  }
}
