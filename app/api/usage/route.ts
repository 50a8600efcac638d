// GET /api/usage?from=YYYY-MM-DD&to=YYYY-MM-DD[&format=csv] – tasks per member per day by type.
// Admins see the whole team; a member sees their own rows.
import { z } from "zod";

import { UsageDto } from "@/lib/schemas/reports";
import { handle, jsonNoStore, readQuery } from "@/lib/server/http";
import { usageCsv } from "@/lib/server/usage/usage-csv";
import { defaultUsageRange, usageRowsFor } from "@/lib/server/usage/usage-query";

export const dynamic = "force-dynamic";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dates must be YYYY-MM-DD");
const UsageQuery = z
  .object({ from: day.optional(), to: day.optional(), format: z.enum(["json", "csv"]).default("json") })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "to must not be before from", path: ["to"] });

export const GET = handle(async (req, _params, viewer) => {
  const query = readQuery(req, UsageQuery);
  const range = {
    ...defaultUsageRange(),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  };
  const rows = await usageRowsFor(viewer, range);
  if (query.format === "csv") {
    return new Response(usageCsv(rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="mj-studio-usage-${range.from}-to-${range.to}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  }
  return jsonNoStore(UsageDto.parse({ range, rows }));
});
