"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import type { TaskDto, TaskVideoDto } from "@/lib/schemas/task";

import { useReducedMotion } from "./use-reduced-motion";

/** A clip in the gallery starts once this much of its tile is on screen, and pauses when it leaves. */
const VISIBLE_RATIO = 0.5;

/**
 * A VIDEO task's first clip in its gallery tile: muted, looped, inline. It plays only while visible (a page of
 * videos decoding off screen would eat the phone's battery), loads nothing until then (preload="none", the
 * poster shows), and with reduced motion asked for it stays on its poster until hovered.
 */
export function TileVideo({ task, video }: { task: TaskDto; video: TaskVideoDto }) {
  const t = useTranslations("video");
  const ref = useRef<HTMLVideoElement>(null);
  const reduced = useReducedMotion();
  const poster = video.poster ?? task.thumbnail?.url ?? undefined;

  useEffect(() => {
    const element = ref.current;
    if (!element || reduced) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry?.isIntersecting) void element.play().catch(() => undefined);
        else element.pause();
      },
      { threshold: VISIBLE_RATIO },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [reduced]);

  // Reduced motion: the poster until the pointer rests on it; a tap opens the viewer, where the player has controls.
  const hoverHandlers = reduced
    ? {
        onPointerEnter: () => void ref.current?.play().catch(() => undefined),
        onPointerLeave: () => ref.current?.pause(),
      }
    : {};

  return (
    <video
      ref={ref}
      src={video.url}
      poster={poster}
      muted
      loop
      playsInline
      preload="none"
      disablePictureInPicture
      aria-label={t("tileLabel", { prompt: task.prompt })}
      data-testid="tile-video"
      className="size-full object-cover"
      {...hoverHandlers}
    />
  );
}

/** The small "Video" mark in a tile's corner (with the clip count when there are several). */
export function VideoBadge({ count }: { count: number }) {
  const t = useTranslations("video");
  return (
    <span
      data-testid="video-badge"
      className="pointer-events-none absolute bottom-2 left-2 z-10 flex items-center gap-1 rounded-md bg-zinc-950/75 px-1.5 py-0.5 text-xs font-semibold text-white backdrop-blur transition-opacity group-focus-within/tile:opacity-0 group-hover/tile:opacity-0"
    >
      <svg viewBox="0 0 16 16" aria-hidden className="size-3 fill-current">
        <path d="M4 2.5v11l9-5.5z" />
      </svg>
      {count > 1 ? t("badgeCount", { count }) : t("badge")}
    </span>
  );
}
