// The signed-in member's own data: who they are, today's usage, and the usage report.
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";

import { apiFetch } from "@/lib/api-client";
import { MeDto } from "@/lib/schemas/account";

/** GET /api/usage's JSON: one row per UTC day, member and task type. */
export const UsageDto = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  rows: z.array(
    z.object({
      day: z.string(),
      memberName: z.string(),
      memberEmail: z.string(),
      action: z.string(),
      count: z.number().int(),
    }),
  ),
});
export type UsageDto = z.infer<typeof UsageDto>;

export interface UsageRange {
  /** Inclusive UTC days, YYYY-MM-DD. */
  from: string;
  to: string;
}

export const accountKeys = {
  all: ["account"] as const,
  me: () => [...accountKeys.all, "me"] as const,
  usage: (range: UsageRange) => [...accountKeys.all, "usage", range.from, range.to] as const,
};

/** The usage endpoint for a range; `csv` gives the download link. */
export function usagePath(range: UsageRange, csv = false): string {
  const params = new URLSearchParams({ from: range.from, to: range.to });
  if (csv) params.set("format", "csv");
  return `/api/usage?${params.toString()}`;
}

export const accountQueries = {
  me: () =>
    queryOptions({
      queryKey: accountKeys.me(),
      queryFn: ({ signal }) => apiFetch("/api/me", { signal }, MeDto),
      // "Used today" moves with every task started, here or in another tab.
      staleTime: 0,
    }),
  usage: (range: UsageRange) =>
    queryOptions({
      queryKey: accountKeys.usage(range),
      queryFn: ({ signal }) => apiFetch(usagePath(range), { signal }, UsageDto),
    }),
};
