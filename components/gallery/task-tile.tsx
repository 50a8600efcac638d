import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CSSProperties, MouseEvent } from "react";

import { Avatar } from "@/components/auth/avatar";
import { cn } from "@/components/common/cn";
import { RelativeTime } from "@/components/common/relative-time";
import { useActionLabel } from "@/components/task/action-label";
import { FailureText } from "@/components/task/failure-text";
import { ImageProblemText } from "@/components/task/image-problem-text";
import { LiveStatus } from "@/components/task/live-status";
import { StatusText } from "@/components/task/status-text";
import { childBadge } from "@/components/task/status-words";
import { TaskImg } from "@/components/task/task-img";
import { useButtonWords } from "@/components/task/use-button-words";
import { TileVideo, VideoBadge } from "@/components/task/video/tile-video";
import { Icon } from "@/components/ui/icon";
import { isTerminalStatus, type TaskDto } from "@/lib/schemas/task";

import { FavoriteStar } from "./favorite-star";
import { aspectRatioCss, tileAspect } from "./justify";
import { TextCard } from "./text-card";
import { HoverActions, TouchActions } from "./tile-actions";

interface Selection {
  selected: boolean;
  onToggle: (id: string, range: boolean) => void;
}

export interface TaskTileProps {
  task: TaskDto;
  priority?: boolean;
  /** Present while the gallery is in selection mode: the tile then toggles instead of opening. */
  selection?: Selection | undefined;
  /** A plain primary click opens the task here (the lightbox) instead of following the link. */
  onOpen?: ((taskId: string) => void) | undefined;
  /** Starts selection mode with this task (the tile's "Select" action); absent where there is none. */
  onStartSelect?: ((taskId: string) => void) | undefined;
  /** The flex item style of the justified row (TaskGrid); the tile keeps its own aspect ratio inside. */
  style?: CSSProperties | undefined;
}

/** A modified click (new tab, download, range) keeps the browser's own meaning. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function TaskTile({ task, priority = false, selection, onOpen, onStartSelect, style }: TaskTileProps) {
  const t = useTranslations("task");
  const tg = useTranslations("gallery");
  const actionLabel = useActionLabel();
  const buttonWords = useButtonWords();
  const active = !isTerminalStatus(task.status);
  // While rendering, the latest preview is the most honest picture; a finished tile shows its thumbnail.
  const picture = active ? (task.preview ?? task.thumbnail) : (task.thumbnail ?? task.preview);
  const badge = childBadge(task);
  const failed = task.status === "failed" || task.status === "cancelled";
  // Failures and tasks without a picture yet have nothing to look at: their words stay visible, not only on hover.
  const wordsAlways = !picture && !task.results;
  // A finished VIDEO task plays its first clip in place of its poster.
  const video = active ? undefined : task.videos[0];

  return (
    <li
      data-task-id={task.id}
      data-status={task.status}
      data-author={task.author?.id ?? ""}
      style={style}
      className="group/tile relative min-w-0 [contain-intrinsic-size:auto_var(--tile-row-h)] [content-visibility:auto]"
    >
      <div
        className="relative overflow-hidden rounded-xl bg-zinc-100 ring-1 ring-zinc-200 dark:bg-zinc-800 dark:ring-zinc-800"
        style={{ aspectRatio: aspectRatioCss(tileAspect(task)) }}
      >
        <Link
          href={`/tasks/${task.id}`}
          prefetch={false}
          data-testid="tile-link"
          onClick={(event) => {
            if (!onOpen || !isPlainClick(event)) return;
            event.preventDefault();
            onOpen(task.id);
          }}
          className="absolute inset-0 block rounded-xl focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-violet-500"
        >
          {task.results ? (
            <TextCard task={task} results={task.results} />
          ) : video ? (
            <TileVideo task={task} video={video} />
          ) : picture ? (
            <TaskImg
              image={picture}
              alt={t(active ? "previewAlt" : "imageAlt", { prompt: task.prompt })}
              loading={priority ? "eager" : "lazy"}
              className="size-full object-cover"
            />
          ) : (
            <Placeholder failed={failed} />
          )}
          {active ? <LiveStatus task={task} size="tile" /> : null}
          <Caption task={task} always={wordsAlways} hidden={active} authorWord={tg("noAuthor")} />
        </Link>
        {video ? <VideoBadge count={task.videos.length} /> : null}
        {badge ? (
          <span
            data-testid="action-badge"
            // Long button names ("Animate (Low motion)") stop short of the favourite star in the other corner.
            className="pointer-events-none absolute top-2 right-2 z-10 max-w-[calc(100%-3.5rem)] truncate rounded-md bg-zinc-950/75 px-1.5 py-0.5 text-xs font-semibold text-white backdrop-blur"
          >
            {"label" in badge ? buttonWords.label(badge.label) : actionLabel(badge.action)}
          </span>
        ) : null}
        {selection ? (
          <SelectOverlay task={task} selection={selection} label={tg("selectTask")} />
        ) : (
          <>
            <FavoriteStar task={task} className="absolute top-0 left-0 z-10" />
            {isTerminalStatus(task.status) ? (
              <>
                <HoverActions task={task} onSelect={onStartSelect && (() => onStartSelect(task.id))} />
                <TouchActions task={task} onSelect={onStartSelect && (() => onStartSelect(task.id))} />
              </>
            ) : null}
          </>
        )}
      </div>
    </li>
  );
}

/**
 * The prompt, author, status and time. Over a picture it shows on hover / keyboard focus (it is always in the
 * DOM: screen readers and searches find it); without one (failed, text) it is always shown.
 */
function Caption({
  task,
  always,
  hidden,
  authorWord,
}: {
  task: TaskDto;
  always: boolean;
  /** While rendering, the live status owns the bottom edge; the words stay for screen readers. */
  hidden: boolean;
  authorWord: string;
}) {
  return (
    <div
      className={cn(
        "absolute inset-x-0 bottom-0 space-y-1 p-2.5 text-xs",
        always
          ? "bg-white/90 text-zinc-700 dark:bg-zinc-900/90 dark:text-zinc-300"
          : "bg-gradient-to-t from-zinc-950/85 via-zinc-950/60 to-transparent pt-8 text-white opacity-0 transition-opacity group-focus-within/tile:opacity-100 group-hover/tile:opacity-100",
        // Room for the hover bar's two rows of buttons under the words.
        !always && "group-hover/tile:pb-[6.75rem] pointer-coarse:pb-2.5",
        hidden && "sr-only",
      )}
    >
      <p className="line-clamp-2 text-sm leading-snug break-words">{task.prompt}</p>
      <p className="flex min-w-0 items-center gap-1.5" data-testid="task-author">
        {task.author ? <Avatar member={task.author} size="sm" /> : null}
        <span className="truncate">{task.author ? task.author.name : authorWord}</span>
        <span aria-hidden>·</span>
        <RelativeTime iso={task.submittedAt} className="shrink-0" />
      </p>
      {task.status === "succeeded" ? null : <StatusText task={task} className="block truncate" />}
      <FailureText task={task} className="line-clamp-3" />
      <ImageProblemText task={task} className="line-clamp-3" />
    </div>
  );
}

function SelectOverlay({ task, selection, label }: { task: TaskDto; selection: Selection; label: string }) {
  return (
    <label
      // One handler for clicks on the tile and on the box; shift extends the range (selection-range.ts). A click
      // on the tile is not forwarded to the box (that would count twice); a click on the box keeps its native
      // toggle (cancelling it would make the browser undo React's update), and the state then agrees with it.
      onClick={(event) => {
        if (event.target !== event.currentTarget.firstElementChild) event.preventDefault();
        selection.onToggle(task.id, event.shiftKey);
      }}
      className={cn(
        "absolute inset-0 z-20 cursor-pointer rounded-xl ring-inset",
        selection.selected ? "bg-violet-600/15 ring-4 ring-violet-600" : "hover:bg-zinc-950/10",
      )}
    >
      <input
        type="checkbox"
        checked={selection.selected}
        onChange={() => undefined}
        aria-label={`${label}: ${task.prompt.slice(0, 80)}`}
        className="absolute top-2 left-2 size-6 accent-violet-600"
      />
    </label>
  );
}

function Placeholder({ failed }: { failed: boolean }) {
  return (
    <div
      className="flex size-full items-start justify-center pt-[18%] text-zinc-400 dark:text-zinc-500"
      aria-hidden
    >
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
