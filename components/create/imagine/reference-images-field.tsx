"use client";

import { useLocale, useTranslations } from "next-intl";

import { formatBytes } from "@/components/task/format";
import { ImagePickers } from "@/components/ui/file-picker";
import { ImageChips } from "@/components/ui/image-chips";
import { MAX_REFERENCES } from "@/lib/schemas/task-input";

import type { useReferenceImages } from "../use-reference-images";

/** The imagine form's reference images: pick (or photograph) them, see them as chips, remove one. */
export function ReferenceImagesField({ references }: { references: ReturnType<typeof useReferenceImages> }) {
  const t = useTranslations("references");
  const locale = useLocale();
  const add = (files: File[]) => void references.add(files);
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-medium">{t("heading")}</h3>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("hint", { max: MAX_REFERENCES })}</p>
      <ImagePickers label={t("add")} cameraLabel={t("camera")} multiple onFiles={add} />
      <ImageChips
        images={references.images}
        processing={references.processing}
        label={t("list")}
        itemTestId="reference-chip"
        alt={(image, index) =>
          t("item", {
            index,
            width: image.width,
            height: image.height,
            size: formatBytes(image.bytes, locale),
          })
        }
        removeLabel={(index) => t("remove", { index })}
        onRemove={references.remove}
      />
    </div>
  );
}
