"use client";

import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";
import type { TaskDto } from "@/lib/schemas/task";

const toolClass =
  "inline-flex min-h-11 flex-1 items-center justify-center rounded-lg border border-zinc-300 px-2 text-xs font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800";

interface Props {
  task: TaskDto;
  isCover: boolean;
  busy: boolean;
  onSetCover: () => void;
  onRemove: () => void;
}

/** Under the tile, not on it: the tile is one big link, and buttons inside a link are invalid and misfire. */
export function CollectionItemTools({ task, isCover, busy, onSetCover, onRemove }: Props) {
  const t = useTranslations("collectionsPage.item");
  const prompt = task.prompt.slice(0, 80);
  return (
    <div className="mt-1.5 flex gap-1.5">
      {isCover ? (
        <span className="inline-flex min-h-11 flex-1 items-center justify-center rounded-lg bg-violet-100 px-2 text-xs font-semibold text-violet-800 dark:bg-violet-950 dark:text-violet-300">
          {t("isCover")}
        </span>
      ) : (
        <button
          type="button"
          className={toolClass}
          disabled={busy || !task.thumbnail}
          aria-label={t("setCoverFor", { prompt })}
          onClick={onSetCover}
        >
          {t("setCover")}
        </button>
      )}
      <button
        type="button"
        className={cn(toolClass, "text-red-700 dark:text-red-400")}
        disabled={busy}
        aria-label={t("removeFor", { prompt })}
        onClick={onRemove}
      >
        {t("remove")}
      </button>
    </div>
  );
}
