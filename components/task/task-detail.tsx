"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { Icon } from "@/components/ui/icon";
import { taskQueries } from "@/lib/queries/tasks";
import type { TaskButtonDto, TaskDetailDto } from "@/lib/schemas/task";

import { useActionLabel } from "./action-label";
import type { DialogKind } from "./dialogs/dialog-kind";
import { ModalDialog } from "./dialogs/modal-dialog";
import { PressDialog } from "./dialogs/press-dialog";
import { Lineage } from "./lineage";
import { PromptPanel } from "./prompt-panel";
import { TaskResults } from "./results/task-results";
import { SeedPanel } from "./seed/seed-panel";
import { StatusText } from "./status-text";
import { TaskButtons } from "./task-buttons";
import { TaskHero } from "./task-hero";
import { TaskInputs } from "./task-inputs";
import { TaskMeta } from "./task-meta";
import { TaskOwnerBar } from "./task-owner-bar";
import { useButtonWords } from "./use-button-words";

/** Client island of /tasks/[id]: server data for first paint, then the same cache entry the changes poll updates. */
export function TaskDetail({ initialTask }: { initialTask: TaskDetailDto }) {
  const t = useTranslations("task");
  const actionLabel = useActionLabel();
  const buttonWords = useButtonWords();
  const { data: task } = useQuery({ ...taskQueries.detail(initialTask.id), initialData: initialTask });
  // A dialog opened from one of this task's buttons: it lives only in the browser until it is submitted.
  const [dialog, setDialog] = useState<{ button: TaskButtonDto; kind: DialogKind } | null>(null);
  const title = task.buttonLabel
    ? `${actionLabel(task.action)} · ${buttonWords.label(task.buttonLabel)}`
    : actionLabel(task.action);

  return (
    <article data-task-id={task.id} data-status={task.status} className="space-y-4">
      <Link
        href="/"
        className="inline-flex min-h-11 items-center gap-1.5 rounded-md text-sm font-medium text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
      >
        <Icon d="M12.5 4.5 7 10l5.5 5.5" className="size-4" strokeWidth={2} />
        {t("back")}
      </Link>
      <ModalDialog task={task} />
      {dialog ? (
        <PressDialog
          key={dialog.button.customId}
          task={task}
          button={dialog.button}
          kind={dialog.kind}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(20rem,26rem)] lg:items-start">
        <TaskHero task={task} />
        <div className="min-w-0 space-y-6">
          <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <h1 className="text-xl font-semibold">{title}</h1>
            <StatusText task={task} className="text-sm" />
          </header>
          <TaskOwnerBar task={task} />
          <TaskResults task={task} />
          <PromptPanel task={task} />
          <TaskInputs task={task} />
          <TaskButtons task={task} onOpenDialog={(button, kind) => setDialog({ button, kind })} />
          <SeedPanel task={task} />
          <Lineage task={task} />
          <TaskMeta task={task} />
        </div>
      </div>
    </article>
  );
}
