"use client";

import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";
import { ImagePickers } from "@/components/ui/file-picker";
import { RemoveDot } from "@/components/ui/image-chips";
import { useDropZone } from "@/components/ui/use-drop-zone";

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
  const pick = (files: File[]) => void slot.pick(files);
  const drop = useDropZone(pick);
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
      <ImagePickers label={label} cameraLabel={t("camera", { label })} onFiles={pick} />
      {image ? (
        <div className="relative w-fit">
          {/* eslint-disable-next-line @next/next/no-img-element -- a local data URL; there is nothing to optimize */}
          <img
            src={image.dataUrl}
            alt={t("picked", { label, width: image.width, height: image.height })}
            title={image.name}
            className="max-h-40 max-w-full rounded-lg object-contain ring-1 ring-zinc-300 dark:ring-zinc-700"
          />
          <RemoveDot label={t("remove", { label })} onClick={() => slot.discard()} />
        </div>
      ) : slot.processing > 0 ? (
        <div aria-hidden className="h-24 w-32 animate-pulse rounded-lg bg-zinc-200 dark:bg-zinc-800" />
      ) : (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("dropOrPaste")}</p>
      )}
    </div>
  );
}
