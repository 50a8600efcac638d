"use client";

import { useTranslations } from "next-intl";

import { sendAnimate } from "@/components/layout/studio-events";
import type { TaskVideoDto } from "@/lib/schemas/task";

/** "Animate": opens the composer's Animate mode with this image (or grid cell) as the start frame. */
export function AnimateButton({
  taskId,
  cell,
  className,
  label,
}: {
  taskId: string;
  cell?: 1 | 2 | 3 | 4 | undefined;
  className: string;
  /** Overrides the visible words (a grid cell's button names its cell). */
  label?: string;
}) {
  const t = useTranslations("video");
  return (
    <button
      type="button"
      onClick={() => sendAnimate({ taskId, cell })}
      data-testid="animate-image"
      className={className}
    >
      {label ?? t("animateImage")}
    </button>
  );
}

/** One download link per clip, named by its number when there are several. */
export function VideoDownloads({ videos, className }: { videos: readonly TaskVideoDto[]; className: string }) {
  const t = useTranslations("video");
  return (
    <>
      {videos.map((video) => (
        <a
          key={video.n}
          href={video.downloadUrl}
          download
          data-testid="video-download"
          className={className}
        >
          {videos.length > 1 ? t("downloadClip", { n: video.n }) : t("download")}
        </a>
      ))}
    </>
  );
}
