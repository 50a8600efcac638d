"use client";

import { useTranslations } from "next-intl";

import type { ReferenceImage } from "./use-reference-images";

interface Props {
  images: readonly ReferenceImage[];
  processing: number;
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
}

const iconButton =
  "flex size-11 items-center justify-center rounded-lg border border-zinc-300 bg-white hover:bg-zinc-50 disabled:cursor-not-allowed disabled:opacity-40 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800";

function Icon({ d }: { d: string }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 20 20"
      className="size-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    >
      <path d={d} />
    </svg>
  );
}

/** The blend images in sending order; up/down buttons reorder them (keyboard and touch friendly, no drag needed). */
export function BlendList({ images, processing, onMove, onRemove }: Props) {
  const t = useTranslations("create.blend");
  if (images.length === 0 && processing === 0) return null;
  return (
    <ol aria-label={t("list")} className="space-y-2">
      {images.map((image, i) => (
        <li
          key={image.id}
          data-testid="blend-image"
          data-index={i + 1}
          className="flex items-center gap-3 rounded-xl border border-zinc-200 p-2 dark:border-zinc-800"
        >
          <span className="w-5 text-center text-sm font-semibold text-zinc-500 tabular-nums">{i + 1}</span>
          {/* eslint-disable-next-line @next/next/no-img-element -- a local data URL; there is nothing to optimize */}
          <img
            src={image.dataUrl}
            alt={t("item", { index: i + 1, width: image.width, height: image.height })}
            title={image.name}
            className="size-14 shrink-0 rounded-lg object-cover ring-1 ring-zinc-300 dark:ring-zinc-700"
          />
          <span className="min-w-0 flex-1 truncate text-sm text-zinc-600 dark:text-zinc-400">
            {image.name}
          </span>
          <button
            type="button"
            className={iconButton}
            disabled={i === 0}
            onClick={() => onMove(image.id, -1)}
            aria-label={t("up", { index: i + 1 })}
          >
            <Icon d="M10 15V5M5.5 9.5 10 5l4.5 4.5" />
          </button>
          <button
            type="button"
            className={iconButton}
            disabled={i === images.length - 1}
            onClick={() => onMove(image.id, 1)}
            aria-label={t("down", { index: i + 1 })}
          >
            <Icon d="M10 5v10m-4.5-4.5L10 15l4.5-4.5" />
          </button>
          <button
            type="button"
            className={iconButton}
            onClick={() => onRemove(image.id)}
            aria-label={t("remove", { index: i + 1 })}
          >
            <Icon d="m5.5 5.5 9 9m0-9-9 9" />
          </button>
        </li>
      ))}
      {Array.from({ length: processing }, (_, i) => (
        <li
          key={`processing-${i}`}
          aria-hidden
          className="h-18 animate-pulse rounded-xl bg-zinc-200 dark:bg-zinc-800"
        />
      ))}
    </ol>
  );
}
