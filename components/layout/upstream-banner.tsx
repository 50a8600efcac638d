"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useSyncExternalStore } from "react";

import { useClockTime } from "@/components/common/clock-time";
import { taskKeys } from "@/lib/queries/tasks";
import type { ChangesPollDto } from "@/lib/schemas/task";

/**
 * "Can't reach Midjourney since 14:02, retrying; your tasks are safe." Read from the live changes poll every
 * studio page already runs (no extra request), so every open browser shows it and drops it on recovery.
 * Only our own words and a time: nothing the upstream sent is ever shown here.
 */
export function UpstreamBanner() {
  const client = useQueryClient();
  const subscribe = useCallback((notify: () => void) => client.getQueryCache().subscribe(notify), [client]);
  const since = useSyncExternalStore(
    subscribe,
    () => client.getQueryData<ChangesPollDto>(taskKeys.changes())?.upstream.unreachableSince ?? null,
    () => null,
  );
  const t = useTranslations("upstream");
  const clockTime = useClockTime();
  if (!since) return null;
  return (
    <div
      role="status"
      data-testid="upstream-banner"
      className="border-t border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 sm:px-6 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="mx-auto flex max-w-screen-2xl items-start gap-2">
        <span aria-hidden className="mt-1.5 size-2 shrink-0 animate-pulse rounded-full bg-amber-500" />
        <span>{t("unreachable", { time: clockTime(since) })}</span>
      </p>
    </div>
  );
}
