import Link from "next/link";
import { useTranslations } from "next-intl";

import { Avatar } from "@/components/auth/avatar";
import { RelativeTime } from "@/components/common/relative-time";
import { useActionLabel } from "@/components/task/action-label";
import { FailureText } from "@/components/task/failure-text";
import { ImageProblemText } from "@/components/task/image-problem-text";
import { LiveStatus } from "@/components/task/live-status";
import { StatusText } from "@/components/task/status-text";
import { childBadge } from "@/components/task/status-words";
import { TaskImg } from "@/components/task/task-img";
import { useButtonWords } from "@/components/task/use-button-words";
import { Icon } from "@/components/ui/icon";
import { isTerminalStatus, type TaskDto } from "@/lib/schemas/task";

import { FavoriteStar } from "./favorite-star";

interface Selection {
  selected: boolean;
  onToggle: (id: string) => void;
}

export function TaskTile({
  task,
  priority = false,
  selection,
}: {
  task: TaskDto;
  priority?: boolean;
  /** Present while the gallery is in selection mode: the tile then toggles instead of opening. */
  selection?: Selection;
}) {
  const t = useTranslations("task");
  const tg = useTranslations("gallery");
  const actionLabel = useActionLabel();
  const buttonWords = useButtonWords();
  const active = !isTerminalStatus(task.status);
  // While rendering, the latest preview is the most honest picture; a finished tile shows its thumbnail.
  const picture = active ? (task.preview ?? task.thumbnail) : (task.thumbnail ?? task.preview);
  const badge = childBadge(task);

  return (
    <li
      data-task-id={task.id}
      data-status={task.status}
      data-author={task.author?.id ?? ""}
      className="relative min-w-0"
    >
      {selection ? (
        <label
          className={`absolute inset-0 z-10 cursor-pointer rounded-xl ring-violet-600 ${selection.selected ? "ring-3" : ""}`}
        >
          <input
            type="checkbox"
            checked={selection.selected}
            onChange={() => selection.onToggle(task.id)}
            aria-label={`${tg("selectTask")}: ${task.prompt.slice(0, 80)}`}
            className="absolute top-2 left-2 size-6 accent-violet-600"
          />
        </label>
      ) : (
        <FavoriteStar task={task} className="absolute top-1 left-1 z-10" />
      )}
      <Link
        href={`/tasks/${task.id}`}
        prefetch={false}
        className="group block overflow-hidden rounded-xl bg-white ring-1 ring-zinc-200 transition-shadow hover:shadow-md dark:bg-zinc-900 dark:ring-zinc-800"
      >
        <div className="relative aspect-square bg-zinc-100 dark:bg-zinc-800">
          {picture ? (
            <TaskImg
              image={picture}
              alt={t(active ? "previewAlt" : "imageAlt", { prompt: task.prompt })}
              loading={priority ? "eager" : "lazy"}
              className="size-full object-cover"
            />
          ) : (
            <Placeholder failed={task.status === "failed" || task.status === "cancelled"} />
          )}
          {badge ? (
            <span
              data-testid="action-badge"
              className="absolute top-2 right-2 rounded-md bg-zinc-950/75 px-1.5 py-0.5 text-xs font-semibold text-white backdrop-blur"
            >
              {"label" in badge ? buttonWords.label(badge.label) : actionLabel(badge.action)}
            </span>
          ) : null}
          {active ? <LiveStatus task={task} size="tile" /> : null}
        </div>
        <div className="space-y-1 p-2.5">
          <p className="line-clamp-2 text-sm leading-snug break-words">{task.prompt}</p>
          <p
            className="flex min-w-0 items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400"
            data-testid="task-author"
          >
            {task.author ? <Avatar member={task.author} size="sm" /> : null}
            <span className="truncate">{task.author ? task.author.name : tg("noAuthor")}</span>
          </p>
          <div className="flex items-center justify-between gap-2 text-xs text-zinc-500 dark:text-zinc-400">
            <StatusText task={task} className="truncate" />
            <RelativeTime iso={task.submittedAt} className="shrink-0" />
          </div>
          <FailureText task={task} className="line-clamp-2 text-xs" />
          <ImageProblemText task={task} className="line-clamp-3 text-xs" />
        </div>
      </Link>
    </li>
  );
}

function Placeholder({ failed }: { failed: boolean }) {
  return (
    <div className="flex size-full items-center justify-center text-zinc-400 dark:text-zinc-600" aria-hidden>
      <Icon viewBox="0 0 24 24" className="size-10" strokeWidth={1.5}>
        {failed ? (
          <path d="M12 8v5m0 3h.01M10.3 3.9 2.4 17.6A2 2 0 0 0 4.1 20.6h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />
        ) : (
          <path d="M4 16l4.6-4.6a2 2 0 0 1 2.8 0L16 16m-2-2 1.6-1.6a2 2 0 0 1 2.8 0L20 14M6 20h12a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2Zm8-12h.01" />
        )}
      </Icon>
    </div>
  );
}
