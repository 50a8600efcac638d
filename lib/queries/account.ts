// The signed-in member's own data: who they are, today's usage, and the usage report.
import { queryOptions } from "@tanstack/react-query";

import { apiFetch } from "@/lib/api-client";
import { MeDto } from "@/lib/schemas/account";
import { UsageDto, type UsageRange } from "@/lib/schemas/reports";

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
