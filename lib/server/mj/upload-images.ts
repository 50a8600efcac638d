import "server-only";

import { z } from "zod";

import { callUpstream, ensureOk } from "./client";
import { getUpstreamConfig, redactSecret } from "./config";
import { errorForSubmitCode, MjError } from "./errors";
import { SubmitResultWire } from "./schemas";
import { rememberUploadSupport, uploadSupport, type UploadSupport } from "./upload-support";
import { currentUpstreamSettingsVersion } from "./upstream-cache";

// POST /mj/submit/upload-discord-images (mj-api.md 4.10): images in, one fetchable CDN URL per image out, no task
// created and nothing billed. The studio uses it to give --sref/--cref/--oref a URL Midjourney can read.

const UploadResult = z.array(z.string().regex(/^https?:\/\/\S+$/, "not an http(s) URL")).min(1);

/** The upstream this answer belongs to: its base URL and the version of the saved settings. */
export function uploadSupportKey(): string {
  return `${getUpstreamConfig().baseUrl}|${currentUpstreamSettingsVersion()}`;
}

export function knownUploadSupport(): UploadSupport {
  return uploadSupport(uploadSupportKey());
}

/**
 * Uploads images (data URLs) and returns their URLs in order. Throws MjError: kind "unsupported" when the
 * upstream has no such endpoint (remembered; see upload-support.ts), else the usual submit errors.
 */
export async function uploadImages(dataUrls: readonly string[]): Promise<string[]> {
  const key = uploadSupportKey();
  if (uploadSupport(key) === "absent") {
    throw new MjError("unsupported", { description: "the upstream has no upload-discord-images" });
  }
  const res = await callUpstream({
    method: "POST",
    path: "/submit/upload-discord-images",
    counterPath: "/mj/submit/upload-discord-images",
    // Costs nothing, but is not idempotent (each call uploads again): never retried, no speed prefix needed.
    kind: "control",
    body: { base64Array: dataUrls },
  });
  if (res.status === 404 || res.status === 405) {
    rememberUploadSupport(key, "absent");
    throw new MjError("unsupported", {
      httpStatus: res.status,
      description: "the upstream has no upload-discord-images",
    });
  }
  ensureOk(res);
  const parsed = SubmitResultWire.safeParse(res.json);
  if (!parsed.success) {
    throw new MjError("bad_response", {
      httpStatus: res.status,
      description: "upload answer has no numeric code",
    });
  }
  if (parsed.data.code !== 1) {
    const description = redactSecret(parsed.data.description?.trim() ?? "", getUpstreamConfig()).slice(
      0,
      300,
    );
    throw errorForSubmitCode(parsed.data.code, description, parsed.data.properties ?? null, res.status);
  }
  const urls = UploadResult.safeParse(parsed.data.result);
  if (!urls.success || urls.data.length !== dataUrls.length) {
    throw new MjError("bad_response", {
      httpStatus: res.status,
      description: "upload answer lacks one http(s) URL per image",
    });
  }
  rememberUploadSupport(key, "present");
  return urls.data;
}
