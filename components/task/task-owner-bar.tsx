"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { Avatar } from "@/components/auth/avatar";
import { canManageTask, useViewer } from "@/components/auth/viewer-context";
import { useErrorText } from "@/components/common/use-error-text";
import { FavoriteStar } from "@/components/gallery/favorite-star";
import { useDeleteWithUndo } from "@/components/gallery/use-delete-with-undo";
import type { TaskDetailDto } from "@/lib/schemas/task";

/** Whose task this is, the viewer's star, and Delete for its author or an admin (the server checks too). */
export function TaskOwnerBar({ task }: { task: TaskDetailDto }) {
  const t = useTranslations("task");
  const viewer = useViewer();
  const router = useRouter();
  const errorText = useErrorText();
  const bulk = useDeleteWithUndo();
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setError(null);
    try {
      // No question first: the gallery we go back to shows a toast with Undo.
      const result = await bulk.remove([task.id]);
      const skipped = result.skipped[0];
      if (skipped) setError(skipped.reason);
      else router.push("/");
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return (
    <div className="space-y-2">
      {task.deleted ? (
        <p
          role="status"
          className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-200"
        >
          {t("inTrash")}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <p className="mr-auto flex min-w-0 items-center gap-2 text-sm" data-testid="task-author">
          {task.author ? <Avatar member={task.author} size="sm" /> : null}
          <span className="truncate">
            {task.author ? t("by", { name: task.author.name }) : t("byNobody")}
          </span>
        </p>
        {task.deleted ? null : (
          <FavoriteStar
            task={task}
            className="text-zinc-400 drop-shadow-none hover:text-amber-400 aria-pressed:text-amber-400"
          />
        )}
        {!task.deleted && canManageTask(viewer, task) ? (
          <button
            type="button"
            onClick={() => void remove()}
            disabled={bulk.isPending}
            className="min-h-11 rounded-lg border border-zinc-300 px-3 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-50 dark:border-zinc-700 dark:text-red-400 dark:hover:bg-red-950/40"
          >
            {t("delete")}
          </button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
