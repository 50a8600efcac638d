"use client";

import { useTranslations } from "next-intl";

import type { BatchText } from "./use-batch-text";

/** Under the prompt: "4 jobs" for a permutation prompt or a list, or why it cannot be sent. */
export function BatchHint({ id, batch }: { id: string; batch: BatchText }) {
  const t = useTranslations("batches");
  if (!batch.isBatch) return null;
  if (batch.problem) {
    return (
      <p id={id} data-testid="batch-error" className="text-sm font-medium text-red-700 dark:text-red-400">
        {batch.problem}
      </p>
    );
  }
  return (
    <p id={id} data-testid="batch-count" className="text-sm text-zinc-700 dark:text-zinc-300">
      <span className="font-semibold">{t("jobs", { count: batch.prompts.length })}</span>
      <span className="text-zinc-600 dark:text-zinc-400"> · {t("hint")}</span>
    </p>
  );
}
