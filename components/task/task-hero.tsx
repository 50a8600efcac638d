import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";
import { isTerminalStatus, type TaskDto } from "@/lib/schemas/task";

import { ImageProblemText } from "./image-problem-text";
import { LiveStatus } from "./live-status";
import { TaskImg } from "./task-img";
import { VideoSet } from "./video/video-set";

/** The big picture: the original when done, the latest preview with progress while rendering. */
export function TaskHero({ task }: { task: TaskDto }) {
  const t = useTranslations("task");
  const active = !isTerminalStatus(task.status);
  const picture = active ? (task.preview ?? task.thumbnail) : (task.image ?? task.thumbnail ?? task.preview);

  return (
    <figure
      className={cn(
        "relative flex items-center justify-center overflow-hidden rounded-2xl bg-zinc-100 ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-800",
        (picture || active) && "min-h-64",
      )}
    >
      {!active && task.videos.length > 0 ? (
        <div className="w-full p-2">
          <VideoSet
            task={task}
            videos={task.videos}
            download
            className="max-h-[calc(100dvh-12rem)] w-full rounded-xl bg-black"
          />
        </div>
      ) : picture ? (
        <TaskImg
          image={picture}
          alt={t(active ? "previewAlt" : "imageAlt", { prompt: task.prompt })}
          loading="eager"
          fetchPriority="high"
          data-testid="task-image"
          className="h-auto max-h-[calc(100dvh-8rem)] w-auto max-w-full object-contain"
        />
      ) : (
        // While running: reserves a square the size of the coming image, so the page does not jump when the
        // first preview lands. A finished task without a picture (shorten) gets a slim placeholder instead.
        <div
          className={cn(
            "flex w-full items-center justify-center",
            active ? "aspect-square max-h-[calc(100dvh-8rem)]" : "py-6",
          )}
        >
          {task.imageProblem ? (
            <ImageProblemText task={task} className="px-4 text-center text-sm" />
          ) : (
            <p className={cn("text-sm text-zinc-500 dark:text-zinc-400", active && "animate-pulse")}>
              {t("noImage")}
            </p>
          )}
        </div>
      )}
      {active ? <LiveStatus task={task} size="hero" /> : null}
    </figure>
  );
}
