"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { cn } from "@/components/common/cn";
import type { TaskDto, TaskVideoDto } from "@/lib/schemas/task";

import { useReducedMotion } from "./use-reduced-motion";

/**
 * A VIDEO task's player for the lightbox and the task page: <video controls playsinline> with its poster, muted
 * and looping like Midjourney's own viewer (sound off is the only way browsers allow it to start by itself), and
 * with reduced motion asked for, waiting for Play. A task with 2 or 4 clips shows them as a set: one plays, the
 * others are chosen below it.
 */
export function VideoSet({
  task,
  videos,
  className,
  download = false,
}: {
  task: TaskDto;
  videos: readonly TaskVideoDto[];
  /** The <video> element's size rules (the lightbox fills its stage, the task page keeps to the column). */
  className?: string;
  /** A download link for the clip playing (the task page; the lightbox has its own in its side panel). */
  download?: boolean;
}) {
  const t = useTranslations("video");
  const reduced = useReducedMotion();
  const [chosen, setChosen] = useState(1);
  const video = videos.find((v) => v.n === chosen) ?? videos[0];
  if (!video) return null;
  const poster = video.poster ?? task.image?.url ?? task.thumbnail?.url ?? undefined;

  return (
    <div
      className="flex h-full max-h-full min-h-0 w-full flex-col items-center gap-2"
      data-testid="video-set"
    >
      <video
        // A new clip is a new element: the browser starts it from its own first frame and poster.
        key={video.url}
        src={video.url}
        poster={poster}
        controls
        playsInline
        muted
        loop
        autoPlay={!reduced}
        preload="metadata"
        aria-label={t("playerLabel", { n: video.n, count: videos.length, prompt: task.prompt })}
        data-testid="video-player"
        data-video-n={video.n}
        // Scaled to the space it is given (callers say how), never left at the clip's own pixel size.
        className={cn("min-h-0 max-w-full object-contain", className)}
      />
      {videos.length > 1 ? (
        <div role="radiogroup" aria-label={t("chooseClip")} className="flex flex-wrap justify-center gap-2">
          {videos.map((v) => (
            <button
              key={v.n}
              type="button"
              role="radio"
              aria-checked={v.n === video.n}
              aria-label={t("clip", { n: v.n })}
              onClick={() => setChosen(v.n)}
              data-testid="video-choice"
              className={cn(
                "relative size-14 overflow-hidden rounded-lg ring-2 ring-transparent",
                v.n === video.n ? "ring-violet-500" : "opacity-75 hover:opacity-100",
              )}
            >
              {(v.poster ?? task.thumbnail?.url) ? (
                // eslint-disable-next-line @next/next/no-img-element -- our own stored still
                <img src={v.poster ?? task.thumbnail?.url} alt="" className="size-full object-cover" />
              ) : null}
              <span className="absolute right-0.5 bottom-0.5 rounded bg-zinc-950/75 px-1 text-xs font-semibold text-white">
                {v.n}
              </span>
            </button>
          ))}
        </div>
      ) : null}
      {download ? (
        <a
          href={video.downloadUrl}
          download
          data-testid="video-download"
          className="inline-flex min-h-11 items-center justify-center rounded-xl border border-zinc-300 px-3 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          {videos.length > 1 ? t("downloadClip", { n: video.n }) : t("download")}
        </a>
      ) : null}
    </div>
  );
}
