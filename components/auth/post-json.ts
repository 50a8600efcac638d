// The signed-out forms talk to better-auth's endpoints and ours; both answer errors in their own shape.

export interface PostResult {
  ok: boolean;
  status: number;
  /** Our `{ error: { code, message } }` or better-auth's `{ code, message }`, flattened. */
  code: string | null;
  message: string | null;
  /** From `Retry-After` on a 429: how many seconds to wait before trying again. */
  retryAfterSeconds: number | null;
}

export async function postJson(path: string, body: unknown): Promise<PostResult> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: "network", message: null, retryAfterSeconds: null };
  }
  const payload = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const retryAfter = Number(response.headers.get("retry-after"));
  const nested =
    payload && typeof payload.error === "object" ? (payload.error as Record<string, unknown>) : payload;
  return {
    ok: response.ok,
    status: response.status,
    code: typeof nested?.code === "string" ? nested.code : null,
    message: typeof nested?.message === "string" ? nested.message : null,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : null,
  };
}
