"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import { LiveStatus } from "@/components/task/live-status";
import { VideoSet } from "@/components/task/video/video-set";
import { Icon } from "@/components/ui/icon";
import { isTerminalStatus, type TaskDto } from "@/lib/schemas/task";

import { useZoomPan } from "./use-zoom-pan";

const NAV_CLASS =
  "absolute top-1/2 z-10 flex size-11 -translate-y-1/2 items-center justify-center rounded-full bg-black/55 text-white hover:bg-black/75 disabled:invisible";

export interface StageNav {
  previous: (() => void) | null;
  next: (() => void) | null;
}

/**
 * The picture, as large as the screen allows: our stored original when finished, the latest preview while
 * rendering. Zoom and pan live here; a new task (`key` on the caller) starts unzoomed.
 */
export function LightboxStage({
  task,
  nav,
  zoomRef,
}: {
  task: TaskDto;
  nav: StageNav;
  /** The lightbox's keys (+ and −) zoom through this. */
  zoomRef: { current: ((factor: number) => void) | null };
}) {
  const t = useTranslations("lightbox");
  const tt = useTranslations("task");
  const stage = useRef<HTMLDivElement>(null);
  const zoom = useZoomPan(stage, (direction) => (direction === "next" ? nav.next : nav.previous)?.());
  const { zoomBy } = zoom;
  useEffect(() => {
    zoomRef.current = zoomBy;
  });
  const active = !isTerminalStatus(task.status);
  const picture = active ? (task.preview ?? task.thumbnail) : (task.image ?? task.thumbnail ?? task.preview);
  const { scale, x, y } = zoom.view;

  const videos = active ? [] : task.videos;

  return (
    <figure className="relative flex min-h-0 min-w-0 flex-1 items-center justify-center overflow-hidden bg-zinc-950">
      {videos.length > 0 ? (
        // A clip is not zoomed or swiped: its own controls take the pointer (the arrows and keys still navigate).
        <div data-testid="lightbox-stage" className="flex size-full items-center justify-center p-2 pb-3">
          <VideoSet task={task} videos={videos} className="w-full flex-1" />
        </div>
      ) : (
        <div
          ref={stage}
          data-testid="lightbox-stage"
          data-zoom={scale.toFixed(2)}
          {...zoom.handlers}
          className="flex size-full touch-none items-center justify-center select-none"
          style={{ cursor: scale > 1 ? "grab" : "zoom-in" }}
        >
          {picture ? (
            // eslint-disable-next-line @next/next/no-img-element -- our own stored image, served at full size
            <img
              src={picture.url}
              width={picture.width ?? undefined}
              height={picture.height ?? undefined}
              alt={tt(active ? "previewAlt" : "imageAlt", { prompt: task.prompt })}
              draggable={false}
              data-testid="lightbox-image"
              className="max-h-full max-w-full object-contain transition-transform duration-75 will-change-transform"
              style={{ transform: `translate(${x}px, ${y}px) scale(${scale})` }}
            />
          ) : (
            <p className="px-6 text-center text-sm text-zinc-300">{tt("noImage")}</p>
          )}
        </div>
      )}
      {active ? <LiveStatus task={task} size="hero" /> : null}
      <button
        type="button"
        onClick={() => nav.previous?.()}
        disabled={!nav.previous}
        aria-label={t("previous")}
        className={`${NAV_CLASS} left-2`}
      >
        <Icon d="M12.5 4.5 7 10l5.5 5.5" strokeWidth={2} />
      </button>
      <button
        type="button"
        onClick={() => nav.next?.()}
        disabled={!nav.next}
        aria-label={t("next")}
        className={`${NAV_CLASS} right-2`}
      >
        <Icon d="M7.5 4.5 13 10l-5.5 5.5" strokeWidth={2} />
      </button>
      {scale > 1 ? (
        <button
          type="button"
          onClick={zoom.reset}
          className="absolute bottom-3 left-1/2 z-10 min-h-11 -translate-x-1/2 rounded-full bg-black/60 px-4 text-sm font-medium text-white"
        >
          {t("resetZoom", { percent: Math.round(scale * 100) })}
        </button>
      ) : null}
    </figure>
  );
}
