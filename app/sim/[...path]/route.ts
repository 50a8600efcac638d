// GET|POST /sim/* – the built-in midjourney-proxy simulator, only while it is the upstream in use.
// The composition point: the simulator reads nothing of the studio itself, so its config and hooks come from here.
import { env } from "@/env.mjs";
import { notifyHookUrl } from "@/lib/server/mj/notify-hook";
import { simulatorInUse } from "@/lib/server/mj/saved-upstream";
import { simulatorSecret } from "@/lib/server/secret";
import { createSimulator } from "@/simulator";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const simulator = createSimulator({
  isInUse: simulatorInUse,
  secret: simulatorSecret,
  callbackUrl: notifyHookUrl,
  otherStudioHooks: () => env.SIM_NOTIFY_ORIGINS.map((origin) => `${origin}/api/mj/notify`),
  config: {
    dataDir: env.DATA_DIR,
    baseUrl: `http://127.0.0.1:${env.PORT}/sim`,
    profile: env.SIM_PROFILE,
    durationMs: env.SIM_DURATION_MS,
    concurrency: env.SIM_CONCURRENCY,
    queueSize: env.SIM_QUEUE_SIZE,
    imageTtlSeconds: env.SIM_IMAGE_TTL_SECONDS,
  },
});

export const GET = simulator.handle;
export const POST = simulator.handle;
