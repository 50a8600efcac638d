"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { useErrorText } from "@/components/common/use-error-text";
import { bulkResultText } from "@/components/gallery/bulk-result-text";
import { ActionBar } from "@/components/ui/action-bar";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
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
  const words = useTranslations("toast");
  const [confirmingPurge, setConfirmingPurge] = useState(false);
  const errorText = useErrorText();
  const bulk = useBulkTasks();
  const [message, setMessage] = useState<string | null>(null);
  const count = selected.length;

  const report = (done: "restored" | "purged", result: BulkResultDto) =>
    setMessage(
      bulkResultText(
        result,
        (changed) => t(done, { count: changed }),
        (skipped, reason) => t("skipped", { count: skipped, reason }),
      ),
    );

  const run = (op: "restore" | "purge") => {
    setConfirmingPurge(false);
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
    <ActionBar label={t("actionsLabel")} placement="top" count={t("selected", { count })} message={message}>
      <Button onClick={count === total ? onClear : onSelectAll}>
        {count === total ? t("clearSelection") : t("selectAll")}
      </Button>
      <Button disabled={count === 0 || bulk.isPending} onClick={() => run("restore")}>
        {t("restore")}
      </Button>
      {/* Purging removes the files too; nothing brings them back, so it is asked first (our dialog). */}
      <Button danger disabled={count === 0 || bulk.isPending} onClick={() => setConfirmingPurge(true)}>
        {t("purge")}
      </Button>
      <ConfirmDialog
        open={confirmingPurge}
        title={words("purgeTitle")}
        confirmLabel={words("purge")}
        cancelLabel={words("cancel")}
        danger
        busy={bulk.isPending}
        onConfirm={() => run("purge")}
        onCancel={() => setConfirmingPurge(false)}
      >
        {t("purgeConfirm", { count })}
      </ConfirmDialog>
    </ActionBar>
  );
}
