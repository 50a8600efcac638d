"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { accountQueries } from "@/lib/queries/account";
import { batchQueries } from "@/lib/queries/batches";

interface Props {
  open: boolean;
  prompts: string[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Tasks left today for this member: the limit, minus what they started, minus jobs still waiting in batches. */
function useTasksLeft(open: boolean): { limit: number | null; left: number } | undefined {
  const me = useQuery({ ...accountQueries.me(), enabled: open });
  const batches = useQuery({ ...batchQueries.list(), enabled: open });
  if (!me.data || !batches.data) return undefined;
  const { limit, used } = me.data.usage;
  const waiting = batches.data.items.reduce(
    (sum, b) => sum + (b.status === "active" ? b.counts.queued : 0),
    0,
  );
  return { limit, left: limit === null ? 0 : Math.max(0, limit - used - waiting) };
}

/**
 * Nothing of a batch is sent before this: how many jobs, every prompt they are (scrollable), and what they do to
 * the member's daily limit. Cancel sends nothing; Confirm is disabled when the batch cannot fit in today's limit
 * (the server refuses it with the same numbers anyway).
 */
export function BatchConfirmDialog({ open, prompts, busy, onConfirm, onCancel }: Props) {
  const t = useTranslations("batches");
  const quota = useTasksLeft(open);
  const count = prompts.length;
  const over = quota !== undefined && quota.limit !== null && count > quota.left;

  return (
    <ConfirmDialog
      open={open}
      title={t("confirmTitle", { count })}
      confirmLabel={t("confirm", { count })}
      cancelLabel={t("cancel")}
      busy={busy || over || quota === undefined}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <div data-testid="batch-confirm" data-count={count} className="space-y-3">
        <p>{t("confirmIntro")}</p>
        {/* Focusable so a keyboard can scroll a long list. */}
        <ol
          aria-label={t("listLabel")}
          tabIndex={0}
          className="max-h-[min(16rem,40dvh)] list-decimal space-y-1 overflow-y-auto rounded-lg border border-zinc-200 py-2 pr-2 pl-8 font-mono text-xs break-words dark:border-zinc-700"
        >
          {prompts.map((prompt, index) => (
            <li key={index} data-testid="batch-prompt">
              {prompt}
            </li>
          ))}
        </ol>
        <p
          data-testid="batch-limit"
          className={over ? "font-medium text-red-700 dark:text-red-400" : undefined}
        >
          {quota === undefined
            ? t("limitLoading")
            : quota.limit === null
              ? t("noLimit")
              : over
                ? t("overLimit", { count, left: quota.left })
                : t("usesLimit", { count, left: quota.left })}
        </p>
      </div>
    </ConfirmDialog>
  );
}
