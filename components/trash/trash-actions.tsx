"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { secondaryButtonClass } from "@/components/auth/form-field";
import { cn } from "@/components/common/cn";
import { useErrorText } from "@/components/common/use-error-text";
import { useBulkTasks } from "@/lib/queries/organize";
import type { BulkResultDto } from "@/lib/schemas/organize";

interface Props {
  selected: string[];
  total: number;
  onSelectAll: () => void;
  onClear: () => void;
}

/** Restore or purge the selection. The bulk hook invalidates the trash and every task list afterwards. */
export function TrashActions({ selected, total, onSelectAll, onClear }: Props) {
  const t = useTranslations("trashPage");
  const errorText = useErrorText();
  const bulk = useBulkTasks();
  const [message, setMessage] = useState<string | null>(null);
  const count = selected.length;

  const report = (done: "restored" | "purged", result: BulkResultDto) => {
    const first = result.skipped[0];
    const text = t(done, { count: result.changed.length });
    setMessage(
      first ? `${text} ${t("skipped", { count: result.skipped.length, reason: first.reason })}` : text,
    );
  };

  const run = (op: "restore" | "purge") => {
    // Purging removes the files too; nothing brings them back.
    if (op === "purge" && !window.confirm(t("purgeConfirm", { count }))) return;
    setMessage(null);
    bulk.mutate(
      { op, ids: selected },
      {
        onSuccess: (result) => {
          report(op === "restore" ? "restored" : "purged", result);
          onClear();
        },
        onError: (error) => setMessage(errorText(error)),
      },
    );
  };

  return (
    <div
      role="region"
      aria-label={t("actionsLabel")}
      className="sticky top-16 z-20 space-y-2 rounded-xl border border-zinc-200 bg-white/95 p-3 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95"
    >
      <div className="flex flex-wrap items-center gap-2">
        <p className="mr-auto text-sm font-semibold" aria-live="polite">
          {t("selected", { count })}
        </p>
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={count === total ? onClear : onSelectAll}
        >
          {count === total ? t("clearSelection") : t("selectAll")}
        </button>
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={count === 0 || bulk.isPending}
          onClick={() => run("restore")}
        >
          {t("restore")}
        </button>
        <button
          type="button"
          className={cn(secondaryButtonClass, "text-red-700 dark:text-red-400")}
          disabled={count === 0 || bulk.isPending}
          onClick={() => run("purge")}
        >
          {t("purge")}
        </button>
      </div>
      {message ? (
        <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
          {message}
        </p>
      ) : null}
    </div>
  );
}
