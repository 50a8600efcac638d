"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

import { Avatar } from "@/components/auth/avatar";
import { RelativeTime } from "@/components/common/relative-time";
import { sendReference, sendToEditor } from "@/components/layout/studio-events";
import { useActionLabel } from "@/components/task/action-label";
import { CopyButton } from "@/components/task/copy-button";
import type { DialogKind } from "@/components/task/dialogs/dialog-kind";
import { PressDialog } from "@/components/task/dialogs/press-dialog";
import { downloadUrl } from "@/components/task/format";
import { StatusText } from "@/components/task/status-text";
import { TaskButtonsView } from "@/components/task/task-buttons";
import type { TaskPress } from "@/components/task/use-task-press";
import { AnimateButton, VideoDownloads } from "@/components/task/video/video-actions";
import type { TaskButtonDto, TaskDto } from "@/lib/schemas/task";
import { isGridTask } from "@/lib/task-grid";

import { GridCells } from "./grid-cells";
import { TaskInputImages } from "./task-input-images";

const LINK_CLASS =
  "inline-flex min-h-11 items-center justify-center rounded-xl border border-zinc-300 px-3 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** Beside the picture (below it on phones): what it is, who made it, what can be done with it. */
export function LightboxPanel({
  task,
  titleId,
  press,
  dialog,
  onCloseDialog,
}: {
  task: TaskDto;
  titleId: string;
  press: TaskPress;
  dialog: { button: TaskButtonDto; kind: DialogKind } | null;
  onCloseDialog: () => void;
}) {
  const t = useTranslations("lightbox");
  const te = useTranslations("editor");
  const actionLabel = useActionLabel();
  const title = task.buttonLabel
    ? `${actionLabel(task.action)} · ${task.buttonLabel}`
    : actionLabel(task.action);

  return (
    <div className="space-y-5 p-4 lg:p-5">
      <header className="space-y-2">
        <p className="text-xs font-semibold tracking-wide text-violet-700 uppercase dark:text-violet-300">
          {title}
        </p>
        <p id={titleId} className="text-base leading-snug break-words">
          {task.prompt || t("noPrompt")}
        </p>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
          <span className="flex min-w-0 items-center gap-1.5" data-testid="lightbox-author">
            {task.author ? <Avatar member={task.author} size="sm" /> : null}
            <span className="truncate">{task.author?.name ?? t("noAuthor")}</span>
          </span>
          <RelativeTime iso={task.submittedAt} />
          <StatusText task={task} />
        </div>
        <div className="flex flex-wrap gap-2 pt-1">
          {task.prompt ? <CopyButton text={task.prompt} label={t("copyPrompt")} /> : null}
          <Link href={`/tasks/${task.id}`} className={LINK_CLASS}>
            {t("details")}
          </Link>
          {task.videos.length > 0 ? (
            <VideoDownloads videos={task.videos} className={LINK_CLASS} />
          ) : task.image ? (
            <>
              <a href={downloadUrl(task.image.url)} download className={LINK_CLASS}>
                {t("downloadImage")}
              </a>
              <button
                type="button"
                onClick={() => sendReference({ taskId: task.id, cell: undefined })}
                className={LINK_CLASS}
              >
                {t("useImageAsReference")}
              </button>
              <button
                type="button"
                onClick={() => sendToEditor({ taskId: task.id, cell: undefined, mode: "edit" })}
                className={LINK_CLASS}
              >
                {te("openEdit")}
              </button>
              <button
                type="button"
                onClick={() => sendToEditor({ taskId: task.id, cell: undefined, mode: "retexture" })}
                className={LINK_CLASS}
              >
                {te("openRetexture")}
              </button>
              <AnimateButton taskId={task.id} className={LINK_CLASS} />
            </>
          ) : null}
        </div>
      </header>

      {dialog ? (
        <PressDialog
          key={dialog.button.customId}
          task={task}
          button={dialog.button}
          kind={dialog.kind}
          onClose={onCloseDialog}
        />
      ) : null}
      <TaskButtonsView task={task} press={press} />
      {press.started ? (
        <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="lightbox-started">
          {t("started", { name: press.started.buttonLabel ?? actionLabel(press.started.action) })}{" "}
          <Link
            href={`/tasks/${press.started.id}`}
            className="font-medium text-violet-700 underline dark:text-violet-300"
          >
            {t("openStarted")}
          </Link>
        </p>
      ) : null}
      {isGridTask(task) && task.image ? <GridCells task={task} /> : null}
      <TaskInputImages task={task} />
    </div>
  );
}
