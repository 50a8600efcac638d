// GET|POST /sim/* – the built-in midjourney-proxy simulator, only while it is the upstream in use
import { handleSimRequest, simulatorInUse } from "@/lib/server/simulator";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

async function handle(request: Request): Promise<Response> {
  // Once an admin (or MJ_API_BASE) names a real upstream, the simulator is gone rather than a spare service.
  if (!(await simulatorInUse())) return new Response("Not Found", { status: 404 });
  return handleSimRequest(request);
}

export const GET = handle;
export const POST = handle;
