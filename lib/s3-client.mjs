// The one S3 client configuration, for the server's S3 image storage (lib/server/storage/s3.ts) and the plain-Node
// storage migration script. No "server-only" guard because that script cannot load one; nothing in the browser
// imports this (it would need the keys anyway).
import { S3Client } from "@aws-sdk/client-s3";

/** @param {import("./s3-env.mjs").S3Settings} settings @returns {S3Client} */
export function createS3Client(settings) {
  return new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // The SDK's default checksums (CRC32 trailers on uploads, x-amz-checksum-mode on reads) are not understood
    // by every S3-compatible store, and a signed checksum-mode header would make a presigned GET unusable for a
    // browser that does not send it. Only where the API requires them.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // A store that stops answering must fail the request (the image route, a tracker write), not hang it.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
}

/**
 * Whether an SDK error means "no such object" (GET says NoSuchKey, HEAD only a bare 404).
 * @param {unknown} error @returns {boolean}
 */
export function isMissingObject(error) {
  const e = /** @type {{ name?: string, $metadata?: { httpStatusCode?: number } } | null} */ (error);
  return e?.name === "NoSuchKey" || e?.name === "NotFound" || e?.$metadata?.httpStatusCode === 404;
}
