"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";

import { FavoriteStar } from "@/components/gallery/favorite-star";
import { Icon } from "@/components/ui/icon";
import { taskQueries } from "@/lib/queries/tasks";
import type { TaskDto } from "@/lib/schemas/task";

import { LightboxBody } from "./lightbox-body";

interface Props {
  /** The open task's id (`?view=`), or null when closed. */
  viewId: string | null;
  /** The gallery's loaded tasks, in its order: ←/→ move through them. */
  tasks: readonly TaskDto[];
  /** Loads the gallery's next page; called when the lightbox nears the end of what is loaded. */
  loadMore?: (() => void) | undefined;
  onNavigate: (taskId: string) => void;
  onClose: () => void;
}

/** The full-screen viewer over the gallery; nothing renders while `viewId` is null. */
export function Lightbox(props: Props) {
  return props.viewId ? <LightboxDialog {...props} viewId={props.viewId} /> : null;
}

function LightboxDialog({ viewId, tasks, loadMore, onNavigate, onClose }: Props & { viewId: string }) {
  const t = useTranslations("lightbox");
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const index = tasks.findIndex((task) => task.id === viewId);
  const listed = index >= 0 ? tasks[index] : undefined;
  // A shared link may name a task the gallery has not loaded (older, or filtered out): read it alone.
  const detail = useQuery({ ...taskQueries.detail(viewId), enabled: !listed });
  const task = listed ?? detail.data;
  const previous = index > 0 ? tasks[index - 1] : undefined;
  const next = index >= 0 ? tasks[index + 1] : undefined;
  const currentId = useRef(viewId);
  // Set once the lightbox goes away by itself (URL changed): the dialog's own close event must not close it twice.
  const unmounting = useRef(false);
  useEffect(() => {
    currentId.current = viewId;
  }, [viewId]);

  // Open as a native modal: the page behind becomes inert (focus stays inside) and the dialog sits on top. On
  // close, focus returns to the tile of the task last shown (the one the viewer was looking at).
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    closeButton.current?.focus();
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = "hidden";
    return () => {
      root.style.overflow = overflow;
      unmounting.current = true;
      if (element.open) element.close();
      const tile = document.querySelector<HTMLElement>(`[data-task-id="${CSS.escape(currentId.current)}"] a`);
      (tile ?? opener)?.focus({ preventScroll: false });
    };
  }, []);

  // Near the end of what is loaded: ask for the next page so → keeps going.
  useEffect(() => {
    if (index >= 0 && index >= tasks.length - 3) loadMore?.();
  }, [index, tasks.length, loadMore]);

  return (
    <dialog
      ref={dialog}
      data-lightbox=""
      data-testid="lightbox"
      data-task-id={viewId}
      aria-modal="true"
      aria-labelledby={task ? titleId : undefined}
      aria-label={task ? undefined : t("title")}
      // Esc: the browser's own cancel. Let it close the dialog element, then leave the URL in step.
      onClose={() => {
        if (!unmounting.current) onClose();
      }}
      className="fixed inset-0 m-0 h-dvh max-h-none w-dvw max-w-none overflow-hidden bg-white p-0 text-zinc-900 backdrop:bg-black/80 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <div className="absolute top-0 left-0 z-20 flex items-center gap-1 p-2">
        <button
          ref={closeButton}
          type="button"
          onClick={onClose}
          aria-label={t("close")}
          title={t("close")}
          className="flex size-11 items-center justify-center rounded-full bg-black/55 text-white hover:bg-black/75"
        >
          <Icon d="M5 5l10 10M15 5 5 15" strokeWidth={2} />
        </button>
        {index >= 0 ? (
          <span className="rounded-full bg-black/55 px-2.5 py-1 text-xs font-medium text-white tabular-nums">
            {t("position", { current: index + 1, total: tasks.length })}
          </span>
        ) : null}
        {task ? <FavoriteStar task={task} /> : null}
      </div>
      {task ? (
        <LightboxBody
          key={task.id}
          task={task}
          titleId={titleId}
          nav={{
            previous: previous ? () => onNavigate(previous.id) : null,
            next: next ? () => onNavigate(next.id) : null,
          }}
          dialogRef={dialog}
        />
      ) : (
        <div className="flex h-full items-center justify-center bg-zinc-950 p-6 text-center text-sm text-zinc-200">
          <p role={detail.isError ? "alert" : "status"}>{detail.isError ? t("notFound") : t("loading")}</p>
        </div>
      )}
    </dialog>
  );
}
