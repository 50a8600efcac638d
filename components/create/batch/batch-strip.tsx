"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { batchQueries, useCancelBatch } from "@/lib/queries/batches";
import type { BatchDto } from "@/lib/schemas/batch";

/**
 * The member's prompt batches above the gallery: progress (sent of total, by status) and Cancel batch while jobs
 * are left to send. The jobs' tasks appear in the gallery itself as they are sent (the ordinary live updates).
 * Ended batches can be hidden for this page view; active ones always show.
 */
export function BatchStrip() {
  const t = useTranslations("batches");
  const { data } = useQuery(batchQueries.list());
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const shown = (data?.items ?? []).filter((b) => b.status === "active" || !hidden.has(b.id)).slice(0, 3);
  if (shown.length === 0) return null;
  return (
    <section aria-label={t("stripLabel")} data-testid="batch-strip" className="mb-3 space-y-2">
      {shown.map((batch) => (
        <BatchRow key={batch.id} batch={batch} onHide={() => setHidden((s) => new Set(s).add(batch.id))} />
      ))}
    </section>
  );
}

function BatchRow({ batch, onHide }: { batch: BatchDto; onHide: () => void }) {
  const t = useTranslations("batches");
  const cancel = useCancelBatch();
  const { counts, total } = batch;
  const done = counts.submitted + counts.failed;
  const first = batch.jobs[0]?.prompt ?? "";
  const active = batch.status === "active";
  return (
    <article
      data-testid="batch"
      data-batch-id={batch.id}
      data-status={batch.status}
      aria-label={t("batchLabel", { prompt: first })}
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-zinc-200 bg-white px-3 py-2 text-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="min-w-0 flex-1 basis-48">
        <p className="flex items-baseline gap-2">
          <span className="shrink-0 font-semibold">{t(`status.${batch.status}`)}</span>
          <span className="truncate text-zinc-600 dark:text-zinc-400">{first}</span>
        </p>
        <div className="mt-1 flex items-center gap-2">
          <progress
            value={done}
            max={total}
            aria-label={t("progress", { done, total })}
            className="h-1.5 w-28 shrink-0 overflow-hidden rounded-full [&::-moz-progress-bar]:bg-violet-600 [&::-webkit-progress-bar]:bg-zinc-200 dark:[&::-webkit-progress-bar]:bg-zinc-700 [&::-webkit-progress-value]:bg-violet-600"
          />
          <span data-testid="batch-progress" className="text-xs font-medium tabular-nums">
            {done}/{total}
          </span>
        </div>
        <p data-testid="batch-counts" className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
          {t("counts", counts)}
          {counts.cancelled > 0 ? ` · ${t("cancelledCount", { count: counts.cancelled })}` : null}
        </p>
      </div>
      {active ? (
        <Button disabled={cancel.isPending} onClick={() => cancel.mutate(batch.id)}>
          {cancel.isPending ? t("cancelling") : t("cancelBatch")}
        </Button>
      ) : (
        <Button onClick={onHide}>{t("dismiss")}</Button>
      )}
    </article>
  );
}
