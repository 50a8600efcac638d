import "server-only";

import type { z } from "zod";
import { ZodError } from "zod";

import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/server/auth/csrf";
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

/** Reads a JSON body with a content-type check, a byte cap and a zod schema. */
export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  maxBytes: number,
): Promise<z.infer<S>> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError(
      "unsupported_media_type",
      `Send the body as application/json (got "${type || "none"}").`,
    );
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge(maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
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

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    "payload_too_large",
    `The request body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`,
  );
}

export function jsonNoStore(data: unknown, init?: ResponseInit): Response {
  const headers = new Headers(init?.headers);
  headers.set("Cache-Control", "no-store");
  return Response.json(data, { ...init, headers });
}
