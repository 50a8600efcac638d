// GET|POST /sim/* – the built-in midjourney-proxy simulator (only when MJ_API_BASE is unset)
import { handleSimRequest, isSimulatorEnabled } from "@/lib/server/simulator";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

async function handle(request: Request): Promise<Response> {
  if (!isSimulatorEnabled()) return new Response("Not Found", { status: 404 });
  return handleSimRequest(request);
}

export const GET = handle;
export const POST = handle;
