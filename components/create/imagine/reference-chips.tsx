"use client";

import { useLocale, useTranslations } from "next-intl";

import { formatBytes } from "@/components/task/format";

import type { ReferenceImage } from "../use-reference-images";

interface Props {
  images: readonly ReferenceImage[];
  processing: number;
  onRemove: (id: string) => void;
}

export function ReferenceChips({ images, processing, onRemove }: Props) {
  const t = useTranslations("references");
  const locale = useLocale();
  if (images.length === 0 && processing === 0) return null;
  return (
    <ul aria-label={t("list")} className="flex flex-wrap gap-3 pt-1">
      {images.map((image, i) => (
        <li key={image.id} data-testid="reference-chip" className="relative size-18">
          {/* eslint-disable-next-line @next/next/no-img-element -- a local data URL; there is nothing to optimize */}
          <img
            src={image.dataUrl}
            alt={t("item", {
              index: i + 1,
              width: image.width,
              height: image.height,
              size: formatBytes(image.bytes, locale),
            })}
            title={image.name}
            className="size-full rounded-lg object-cover ring-1 ring-zinc-300 dark:ring-zinc-700"
          />
          <button
            type="button"
            onClick={() => onRemove(image.id)}
            aria-label={t("remove", { index: i + 1 })}
            // The visible dot is small; the ::after extends the touch target to 44 px.
            className="absolute -top-2 -right-2 flex size-7 items-center justify-center rounded-full bg-zinc-900 text-white shadow ring-2 ring-white after:absolute after:-inset-2 after:content-[''] dark:bg-zinc-100 dark:text-zinc-900 dark:ring-zinc-950"
          >
            <svg
              aria-hidden
              viewBox="0 0 16 16"
              className="size-3.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="m4 4 8 8M12 4l-8 8" />
            </svg>
          </button>
        </li>
      ))}
      {Array.from({ length: processing }, (_, i) => (
        <li
          key={`processing-${i}`}
          aria-hidden
          className="size-18 animate-pulse rounded-lg bg-zinc-200 dark:bg-zinc-800"
        />
      ))}
    </ul>
  );
}
