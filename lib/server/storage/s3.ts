import "server-only";

import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

import { createS3Client, isMissingObject } from "@/lib/s3-client.mjs";
import type { S3Settings } from "@/lib/s3-env.mjs";

import { assertSafeKey, contentTypeOf } from "./keys";
import type { ImageStorage, PresignedUrl, PresignOptions } from "./types";

/**
 * A presigned URL's signing time is rounded down to half its lifetime, so every request in that window gets the
 * SAME URL and the browser's cache of the image at that URL keeps working; the URL then still has at least half
 * its lifetime left when handed out.
 */
export function presignWindow(now: Date, seconds: number): { signedAt: Date; expiresAt: Date } {
  const windowMs = Math.max(1, Math.floor(seconds / 2)) * 1000;
  const signedAt = Math.floor(now.getTime() / windowMs) * windowMs;
  return { signedAt: new Date(signedAt), expiresAt: new Date(signedAt + seconds * 1000) };
}

/** Images as objects in an S3-compatible bucket, under the configured prefix: shared by every instance. */
export function s3Storage(settings: S3Settings, client: S3Client = createS3Client(settings)): ImageStorage {
  const Bucket = settings.bucket;
  const objectKey = (key: string) => {
    assertSafeKey(key);
    return `${settings.prefix}${key}`;
  };
  return {
    kind: "s3",
    // A PUT becomes visible whole or not at all, which is what write-then-rename gives the local disk.
    async put(key, bytes, contentType = contentTypeOf(key)) {
      await client.send(
        new PutObjectCommand({ Bucket, Key: objectKey(key), Body: bytes, ContentType: contentType }),
      );
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: objectKey(key) }));
        if (!object.Body) return null;
        const bytes = await object.Body.transformToByteArray();
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (error) {
        if (isMissingObject(error)) return null;
        throw error;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },
    async presignGet(key, options: PresignOptions = {}): Promise<PresignedUrl | null> {
      const seconds = settings.presignSeconds;
      if (seconds <= 0) return null;
      const { signedAt, expiresAt } = presignWindow(options.now ?? new Date(), seconds);
      const command = new GetObjectCommand({
        Bucket,
        Key: objectKey(key),
        ...(options.downloadName
          ? { ResponseContentDisposition: `attachment; filename="${options.downloadName}"` }
          : {}),
      });
      const url = await getSignedUrl(client, command, { expiresIn: seconds, signingDate: signedAt });
      return { url, expiresAt };
    },
  };
}
