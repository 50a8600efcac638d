"use client";

import { useTranslations } from "next-intl";

import { useErrorText } from "@/components/common/use-error-text";
import { useToast } from "@/components/ui/toast";
import { useBulkTasks } from "@/lib/queries/organize";
import type { BulkResultDto } from "@/lib/schemas/organize";

/**
 * Deletes at once (to the trash) and offers Undo on a toast instead of asking first: asking trains people to
 * click OK, undo forgives the slip. The server lets the member who deleted a task restore it for 10 minutes
 * (lib/server/tasks/restore-rule.ts); admins can restore it from the trash any time after.
 */
export function useDeleteWithUndo(): {
  remove: (ids: string[]) => Promise<BulkResultDto>;
  isPending: boolean;
} {
  const t = useTranslations("toast");
  const errorText = useErrorText();
  const bulk = useBulkTasks();
  const toast = useToast();

  async function undo(ids: string[]) {
    try {
      const result = await bulk.mutateAsync({ op: "restore", ids });
      const reason = result.skipped[0]?.reason;
      if (reason) toast.show({ message: t("undoFailed", { message: reason }), tone: "error" });
      else toast.show({ message: t("restored", { count: result.changed.length }), tone: "success" });
    } catch (error) {
      toast.show({ message: t("undoFailed", { message: errorText(error) }), tone: "error" });
    }
  }

  async function remove(ids: string[]) {
    const result = await bulk.mutateAsync({ op: "delete", ids });
    const deleted = result.changed;
    if (deleted.length > 0) {
      toast.show({
        message: deleted.length === 1 ? t("taskDeleted") : t("tasksDeleted", { count: deleted.length }),
        action: { label: t("undo"), run: () => undo(deleted) },
      });
    }
    return result;
  }

  return { remove, isPending: bulk.isPending };
}
