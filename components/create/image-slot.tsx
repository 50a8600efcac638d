"use client";

import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";
import { useDropZone } from "./use-drop-zone";

import { FilePicker } from "./file-picker";
import type { useSingleImage } from "./use-single-image";

interface Props {
  /** Visible heading and the file input's accessible name ("Image", "Face", "Target"). */
  label: string;
  slot: ReturnType<typeof useSingleImage>;
  testId: string;
}

/** One labelled image: pick, take a photo (phones), or drop onto it; shows the picked image with a remove button. */
export function ImageSlot({ label, slot, testId }: Props) {
  const t = useTranslations("create");
  const drop = useDropZone((files) => void slot.pick(files));
  const { image } = slot;
  return (
    <div
      data-testid={testId}
      data-filled={image ? "true" : undefined}
      {...drop.handlers}
      className={cn(
        "min-w-0 space-y-2 rounded-xl border border-dashed border-zinc-300 p-3 dark:border-zinc-700",
        drop.active && "border-violet-500 bg-violet-50 dark:bg-violet-950/40",
      )}
    >
      <div className="flex flex-wrap items-center gap-2">
        <FilePicker label={label} onFiles={(files) => void slot.pick(files)} />
        <FilePicker
          label={t("camera", { label })}
          camera
          onFiles={(files) => void slot.pick(files)}
          className="sm:hidden"
        />
      </div>
      {image ? (
        <div className="relative w-fit">
          {/* eslint-disable-next-line @next/next/no-img-element -- a local data URL; there is nothing to optimize */}
          <img
            src={image.dataUrl}
            alt={t("picked", { label, width: image.width, height: image.height })}
            title={image.name}
            className="max-h-40 max-w-full rounded-lg object-contain ring-1 ring-zinc-300 dark:ring-zinc-700"
          />
          <button
            type="button"
            onClick={() => slot.discard()}
            aria-label={t("remove", { label })}
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
        </div>
      ) : slot.processing > 0 ? (
        <div aria-hidden className="h-24 w-32 animate-pulse rounded-lg bg-zinc-200 dark:bg-zinc-800" />
      ) : (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("dropOrPaste")}</p>
      )}
    </div>
  );
}
