import "server-only";

// Whether the upstream has POST /submit/upload-discord-images (PLUS, TRUE and AGG do; OSS does not: mj-api.md
// 4.10, 13). Learnt from the first answer, like the legacy /submit/change fallback: a 404/405 marks it absent
// for this upstream until its settings change (another base URL, or a save that may have pointed it elsewhere),
// so every later submit goes straight to the fallback instead of paying a round trip to be told "no" again.
// After ABSENT_RECHECK_MS it is asked once more: an operator may upgrade the proxy behind the same URL.

export type UploadSupport = "unknown" | "present" | "absent";

export const ABSENT_RECHECK_MS = 60 * 60_000;

interface Known {
  key: string;
  support: Exclude<UploadSupport, "unknown">;
  at: number;
}

const g = globalThis as unknown as { mjStudioUploadSupport?: Known | null };

/** What is known for the upstream identified by `key` (base URL + settings version). */
export function uploadSupport(key: string, now: number = Date.now()): UploadSupport {
  const known = g.mjStudioUploadSupport;
  if (!known || known.key !== key) return "unknown";
  if (known.support === "absent" && now - known.at >= ABSENT_RECHECK_MS) return "unknown";
  return known.support;
}

export function rememberUploadSupport(
  key: string,
  support: Exclude<UploadSupport, "unknown">,
  now: number = Date.now(),
): void {
  g.mjStudioUploadSupport = { key, support, at: now };
}

export function forgetUploadSupport(): void {
  g.mjStudioUploadSupport = null;
}
