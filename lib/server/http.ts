import "server-only";

import type { z } from "zod";
import { ZodError } from "zod";

import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/server/auth/csrf";
import { readCappedText } from "@/lib/server/body-cap";
import { requireViewer } from "@/lib/server/auth/session";
import { MjError, mjErrorToAppError } from "@/lib/server/mj";
import type { Viewer } from "@/lib/server/tasks/viewer";

// One translator from any thrown value to an HTTP response. A 500 never carries internals.
export function toErrorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (appError.code === "internal") console.error("[api] unexpected error", error);
  return Response.json(appError.toBody(), {
    status: appError.status,
    headers: { "Cache-Control": "no-store" },
  });
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof MjError) return mjErrorToAppError(error);
  if (error instanceof ZodError) return new AppError("validation_failed", describeZodError(error));
  return new AppError("internal", "Something went wrong on the server. The error was logged.");
}

/** "references.2: each reference must be a data URL string" — the first issue, with its path. */
export function describeZodError(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "The request is invalid.";
  const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue.message}`;
}

type RouteContext<P> = { params: Promise<P> };
type RouteHandler<P> = (req: Request, ctx: RouteContext<P>) => Promise<Response>;

/**
 * Wraps a route handler that needs a signed-in member (or an admin): refuses cross-site mutations, resolves
 * the session, and turns every thrown error into an AppError response.
 */
export function handle<P = Record<string, never>>(
  handler: (req: Request, params: P, viewer: Viewer) => Promise<Response>,
  access: "member" | "admin" = "member",
): RouteHandler<P> {
  return async (req, ctx) => {
    try {
      assertSameOrigin(req);
      const viewer = await requireViewer(req, access);
      return await handler(req, await ctx.params, viewer);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** For the few routes that must work without a session: health, the upstream callback, setup, invites. */
export function handlePublic<P = Record<string, never>>(
  handler: (req: Request, params: P) => Promise<Response>,
): RouteHandler<P> {
  return async (req, ctx) => {
    try {
      assertSameOrigin(req);
      return await handler(req, await ctx.params);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** True for `application/json` (with or without parameters such as charset): the only body type we read. */
export function isJsonContentType(type: string | null): boolean {
  return /^application\/json\b/i.test(type ?? "");
}

/** Reads a JSON body with a content-type check, a byte cap and a zod schema. */
export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  maxBytes: number,
): Promise<z.infer<S>> {
  const type = req.headers.get("content-type") ?? "";
  if (!isJsonContentType(type)) {
    throw new AppError(
      "unsupported_media_type",
      `Send the body as application/json (got "${type || "none"}").`,
    );
  }
  const data = parseJsonText(await readCappedText(req, maxBytes));
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new AppError("validation_failed", describeZodError(parsed.error));
  return parsed.data;
}

/**
 * JSON.parse, plus a refusal of lone UTF-16 surrogates: JSON may spell them ("\ud800"), but no real character
 * is one and nothing downstream (SQLite, UTF-8, the upstream) can carry them, so they used to end as a 500.
 */
export function parseJsonText(text: string): unknown {
  const found: { key: string | null } = { key: null };
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (found.key === null && (!key.isWellFormed() || (typeof value === "string" && !value.isWellFormed())))
        found.key = key.toWellFormed();
      return value;
    });
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  if (found.key !== null) {
    const where = found.key === "" ? "The request body" : `"${found.key.slice(0, 40)}"`;
    throw new AppError(
      "validation_failed",
      `${where} contains a broken character (an unpaired UTF-16 surrogate such as \\ud800); send valid Unicode text.`,
    );
  }
  return data;
}

export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new AppError("validation_failed", describeZodError(parsed.error));
  return parsed.data;
}

export function jsonNoStore(data: unknown, init?: ResponseInit): Response {
  const headers = new Headers(init?.headers);
  headers.set("Cache-Control", "no-store");
  return Response.json(data, { ...init, headers });
}
