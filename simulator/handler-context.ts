import "server-only";

import type { SimRuntime } from "./runtime";
import type { SimSettings, SimTask } from "./types";
import { presentTask, type ViewContext } from "./view";

/** What every /mj handler receives from the router. */
export interface HandlerContext {
  runtime: SimRuntime;
  settings: SimSettings;
  /** `http://host:port/sim`, from the request's Host header so URLs work on any port. */
  baseUrl: string;
  /** Parsed JSON body (POST), or undefined. */
  body: unknown;
  /** The `{id}` path segment, when the route has one. */
  id: string | null;
}

export function viewContext(ctx: HandlerContext): ViewContext {
  return {
    profile: ctx.settings.profile,
    baseUrl: ctx.baseUrl,
    secret: ctx.runtime.secret,
    ttlSeconds: ctx.settings.imageTtlSeconds,
    now: Date.now(),
  };
}

export function present(ctx: HandlerContext, task: SimTask): Record<string, unknown> {
  return presentTask(task, viewContext(ctx));
}
