// Mutable stand-in for "@/env.mjs" in unit tests: `vi.mock("@/env.mjs", () => import("./__fixtures__/env"))`.
// getUpstreamConfig() reads env on every call, so tests just assign fields.
export interface TestEnv {
  PORT: number;
  MJ_API_BASE: string | undefined;
  MJ_API_KEY: string | undefined;
  MJ_AUTH_STYLE: "bearer" | "mj-api-secret" | "authorization";
  MJ_MODE: "fast" | "relax" | "turbo" | "none";
  MJ_TIMEOUT_MS: number;
  SIM_API_KEY: string | undefined;
  MJ_NOTIFY_BASE: string | undefined;
  MJ_IMAGE_PRIVATE_HOSTS: string[];
  /** Where the studio keeps files (stored references live under DATA_DIR/images in submit tests). */
  DATA_DIR?: string;
  STUDIO_PUBLIC_URL?: string | undefined;
}

const defaults: TestEnv = {
  PORT: 3000,
  MJ_API_BASE: undefined,
  MJ_API_KEY: undefined,
  MJ_AUTH_STYLE: "mj-api-secret",
  MJ_MODE: "none",
  MJ_TIMEOUT_MS: 2_000,
  SIM_API_KEY: undefined,
  MJ_NOTIFY_BASE: undefined,
  MJ_IMAGE_PRIVATE_HOSTS: [],
  STUDIO_PUBLIC_URL: undefined,
};

export const env: TestEnv = { ...defaults };

export function resetEnv(overrides: Partial<TestEnv> = {}): void {
  Object.assign(env, defaults, overrides);
}
