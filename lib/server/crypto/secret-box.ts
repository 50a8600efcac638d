import "server-only";

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

import { AppError } from "@/lib/errors";

// Admin-entered secrets (the upstream API key) are stored sealed so a copied database file alone does not
// leak them. The key comes from the server secret in env, so it never touches the database.

const VERSION = "v1";
const IV_BYTES = 12; // the GCM standard nonce size; random per seal, so reusing a key is safe
const TAG_BYTES = 16;
// Fixed salt/info bind the derived key to this app and this purpose: the same server secret used for
// sessions or anything else yields an unrelated key.
const HKDF_SALT = "mj-studio";
const HKDF_INFO = "mj-studio settings v1";
const B64URL = /^[A-Za-z0-9_-]*$/;

export type SecretBoxFailure = "no_server_secret" | "bad_format" | "cannot_decrypt";

const MESSAGES: Record<SecretBoxFailure, string> = {
  no_server_secret: "The server secret is not set, so stored secrets cannot be sealed or opened.",
  bad_format: "A stored secret is corrupt (unrecognised format). Enter it again in the settings.",
  cannot_decrypt:
    "A stored secret could not be decrypted: the server secret changed or the value is corrupt. Enter it again in the settings.",
};

/** Thrown by sealSecret/openSecret. The message never includes the sealed or plain value. */
export class SecretBoxError extends AppError {
  readonly reason: SecretBoxFailure;

  constructor(reason: SecretBoxFailure) {
    // A server-side configuration problem, not something the request did wrong.
    super("internal", MESSAGES[reason], { reason });
    this.name = "SecretBoxError";
    this.reason = reason;
  }
}

function deriveKey(serverSecret: string): Buffer {
  if (!serverSecret) throw new SecretBoxError("no_server_secret");
  return Buffer.from(hkdfSync("sha256", serverSecret, HKDF_SALT, HKDF_INFO, 32));
}

/** Strict base64url: Buffer.from would silently skip bad characters and ignore unused trailing bits. */
function decodePart(part: string): Buffer | null {
  if (!B64URL.test(part)) return null;
  const bytes = Buffer.from(part, "base64url");
  return bytes.toString("base64url") === part ? bytes : null;
}

/** Encrypts `plain` as `v1.<iv>.<tag>.<ciphertext>` (base64url parts), with a fresh IV every call. */
export function sealSecret(plain: string, serverSecret: string): string {
  const key = deriveKey(serverSecret);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  // The version is authenticated too, so a value cannot be relabelled as another format.
  cipher.setAAD(Buffer.from(VERSION));
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv, tag, ciphertext]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** Reverses sealSecret; throws SecretBoxError on a wrong server secret, tampering or an unknown format. */
export function openSecret(sealed: string, serverSecret: string): string {
  const key = deriveKey(serverSecret);
  const parts = sealed.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) throw new SecretBoxError("bad_format");
  const [iv, tag, ciphertext] = parts.slice(1).map(decodePart);
  if (!iv || !tag || !ciphertext || iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new SecretBoxError("bad_format");
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(VERSION));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    // GCM cannot tell a wrong key from a tampered value; both fail authentication here.
    throw new SecretBoxError("cannot_decrypt");
  }
}

/** True when `text` looks like sealSecret output (shape only; says nothing about which key sealed it). */
export function isSealed(text: string): boolean {
  const parts = text.split(".");
  return parts.length === 4 && parts[0] === VERSION && parts.slice(1).every((p) => B64URL.test(p));
}
