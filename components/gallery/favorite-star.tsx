"use client";

import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";
import { useBulkTasks } from "@/lib/queries/organize";
import type { TaskDto } from "@/lib/schemas/task";

/** The member's own star on a task: one tap, shown at once, kept per person on the server. */
export function FavoriteStar({
  task,
  className,
}: {
  task: Pick<TaskDto, "id" | "favorite">;
  className?: string;
}) {
  const t = useTranslations("gallery");
  const bulk = useBulkTasks();
  const on = task.favorite;
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label={on ? t("unfavorite") : t("favorite")}
      title={on ? t("unfavorite") : t("favorite")}
      disabled={bulk.isPending}
      onClick={() => bulk.mutate({ op: on ? "unfavorite" : "favorite", ids: [task.id] })}
      className={cn(
        "flex size-11 items-center justify-center rounded-full text-xl drop-shadow transition-colors",
        on ? "text-amber-400" : "text-white/90 hover:text-amber-300",
        className,
      )}
    >
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        className="size-6"
        fill={on ? "currentColor" : "rgba(0,0,0,0.25)"}
        stroke="currentColor"
        strokeWidth="1.6"
      >
        <path
          d="m12 3.5 2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9Z"
          strokeLinejoin="round"
        />
      </svg>
    </button>
  );
}
