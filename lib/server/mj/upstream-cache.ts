import "server-only";

import type { AccountFilter, AuthStyleValue, ModeValue } from "@/lib/schemas/admin-settings";

// The admin's upstream settings, decoded, for the synchronous getUpstreamConfig(). Route handlers, pages and
// the tracker (started from instrumentation.ts) are separate bundles in Next, so module state is not shared
// between them; globalThis is the one place they all see. No database import here: config.ts (and its
// tests) stay free of Prisma.

/** Values an admin saved; an absent field means "use the env value". */
export interface UpstreamOverrides {
  /** Normalised base URL; absent = env (MJ_API_BASE, else the simulator). */
  baseUrl?: string;
  /** The opened key. Only in memory, never written anywhere. */
  apiKey?: string;
  authStyle?: AuthStyleValue;
  mode?: ModeValue;
  /** {} = "no filter" chosen explicitly, overriding MJ_ACCOUNT_FILTER. */
  accountFilter?: AccountFilter;
}

export interface UpstreamCacheState {
  loaded: boolean;
  overrides: UpstreamOverrides;
  /** A sealed key is stored (whether or not it could be opened). */
  keySaved: boolean;
  keyUnreadable: boolean;
  settingsUnreadable: boolean;
  updatedAt: Date | null;
}

const g = globalThis as unknown as { mjStudioUpstreamSettings?: UpstreamCacheState };

export function emptyUpstreamCache(): UpstreamCacheState {
  return {
    loaded: false,
    overrides: {},
    keySaved: false,
    keyUnreadable: false,
    settingsUnreadable: false,
    updatedAt: null,
  };
}

export function upstreamCache(): UpstreamCacheState {
  return (g.mjStudioUpstreamSettings ??= emptyUpstreamCache());
}

export function setUpstreamCache(next: UpstreamCacheState): void {
  g.mjStudioUpstreamSettings = next;
}

/** Until the first load finishes this is {}, i.e. pure env behaviour — the same as before settings existed. */
export function currentUpstreamOverrides(): UpstreamOverrides {
  return upstreamCache().overrides;
}

/** Changes whenever the admin's saved upstream settings do (0 before any were saved or loaded). */
export function currentUpstreamSettingsVersion(): number {
  return upstreamCache().updatedAt?.getTime() ?? 0;
}
