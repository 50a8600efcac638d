import "server-only";

import type { z } from "zod";
import { ZodError } from "zod";

import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/server/auth/csrf";
import { requireViewer } from "@/lib/server/auth/session";
import type { Viewer } from "@/lib/server/auth/viewer";
import { readCappedText } from "@/lib/server/body-cap";
import { describeZodError, isJsonContentType, parseJsonText } from "@/lib/server/json-text";
import { MjError, mjErrorToAppError } from "@/lib/server/mj";

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
