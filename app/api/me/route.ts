// GET /api/me – the signed-in member and today's usage against their limit
import { AppError } from "@/lib/errors";
import { MeDto } from "@/lib/schemas/account";
import { db } from "@/lib/server/db";
import { handle, jsonNoStore } from "@/lib/server/http";
import { dailyUsageOf } from "@/lib/server/limits";

export const dynamic = "force-dynamic";

export const GET = handle(async (_req, _params, viewer) => {
  const user = await db.user.findUnique({ where: { id: viewer.id }, select: { email: true } });
  if (!user) throw new AppError("unauthenticated", "Sign in to use the studio.");
  return jsonNoStore(MeDto.parse({ ...viewer, email: user.email, usage: await dailyUsageOf(viewer.id) }));
});
