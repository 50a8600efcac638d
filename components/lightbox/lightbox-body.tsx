"use client";

import { type RefObject, useEffect, useRef, useState } from "react";

import { otherDialogOpen } from "@/components/shortcuts/open-dialogs";
import {
  isTypingTarget,
  NO_SEQUENCE,
  parseShortcut,
  type ShortcutAction,
} from "@/components/shortcuts/shortcut-keys";
import type { DialogKind } from "@/components/task/dialogs/dialog-kind";
import { downloadUrl } from "@/components/task/format";
import { useTaskPress } from "@/components/task/use-task-press";
import { useBulkTasks } from "@/lib/queries/organize";
import type { TaskButtonDto, TaskDto } from "@/lib/schemas/task";
import { gridButton, isGridTask } from "@/lib/task-grid";

import { LightboxPanel } from "./lightbox-panel";
import { LightboxStage, type StageNav } from "./lightbox-stage";

/**
 * One task in the lightbox: picture, panel and the lightbox's keys. Keyed by task, so moving to another image
 * starts fresh (unzoomed, no half-typed u/v, no open Midjourney dialog).
 */
export function LightboxBody({
  task,
  titleId,
  nav,
  dialogRef,
}: {
  task: TaskDto;
  titleId: string;
  nav: StageNav;
  dialogRef: RefObject<HTMLDialogElement | null>;
}) {
  const [dialog, setDialog] = useState<{ button: TaskButtonDto; kind: DialogKind } | null>(null);
  // The lightbox stays open after a press (the new task appears in the gallery behind it).
  const press = useTaskPress(task, {
    onOpenDialog: (button, kind) => setDialog({ button, kind }),
    onPressed: () => undefined,
  });
  const favorite = useBulkTasks();
  const zoomRef = useRef<((factor: number) => void) | null>(null);

  const act = (action: ShortcutAction) => {
    switch (action.kind) {
      case "previous":
        return nav.previous?.();
      case "next":
        return nav.next?.();
      case "favorite":
        if (!favorite.isPending)
          favorite.mutate({ op: task.favorite ? "unfavorite" : "favorite", ids: [task.id] });
        return;
      case "download":
        if (task.image) downloadFile(downloadUrl(task.image.url));
        return;
      case "zoom":
        return zoomRef.current?.(action.direction === "in" ? 1.25 : 0.8);
      case "press": {
        const button = isGridTask(task) ? gridButton(task, action.button, action.cell) : undefined;
        if (button) press.press(button);
        return;
      }
      default:
        // Esc is the dialog's own cancel; ? belongs to the global shortcuts (components/shortcuts).
        return;
    }
  };
  const actRef = useRef(act);
  useEffect(() => {
    actRef.current = act;
  });

  useEffect(() => {
    let sequence = NO_SEQUENCE;
    const onKey = (event: KeyboardEvent) => {
      if (otherDialogOpen()) return;
      const result = parseShortcut(
        event,
        "lightbox",
        sequence,
        event.timeStamp,
        isTypingTarget(event.target as HTMLElement),
      );
      sequence = result.state;
      if (!result.action || result.action.kind === "help" || result.action.kind === "close") return;
      event.preventDefault();
      actRef.current(result.action);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // While a Midjourney dialog is open in the panel, Esc closes that dialog (its own handler), not the lightbox.
  useEffect(() => {
    const element = dialogRef.current;
    if (!element || !dialog) return;
    const keepOpen = (event: Event) => event.preventDefault();
    element.addEventListener("cancel", keepOpen);
    return () => element.removeEventListener("cancel", keepOpen);
  }, [dialog, dialogRef]);

  return (
    // Phones: the picture stays on top (with the close button over it) and the panel scrolls below it.
    <div className="flex h-full flex-col lg:flex-row">
      <div className="flex h-[55dvh] shrink-0 lg:h-full lg:min-w-0 lg:flex-1">
        <LightboxStage task={task} nav={nav} zoomRef={zoomRef} />
      </div>
      <aside className="min-h-0 flex-1 overflow-y-auto border-zinc-200 lg:w-[26rem] lg:flex-none lg:border-l dark:border-zinc-800">
        <LightboxPanel
          task={task}
          titleId={titleId}
          press={press}
          dialog={dialog}
          onCloseDialog={() => setDialog(null)}
        />
      </aside>
    </div>
  );
}

/** A download through a link click, as if the member had clicked one: the route's Content-Disposition names it. */
function downloadFile(url: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = "";
  document.body.append(link);
  link.click();
  link.remove();
}
