"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";

import { cn } from "@/components/common/cn";
import { ANIMATE_EVENT, EDIT_IMAGE_EVENT, USE_REFERENCE_EVENT } from "@/components/layout/studio-events";
import { Lightbox } from "@/components/lightbox/lightbox";
import { useLightboxUrl } from "@/components/lightbox/use-lightbox-url";
import { hasActiveFilters, normalizeFilters } from "@/lib/queries/task-cache";
import { taskQueries, type TaskFilters } from "@/lib/queries/tasks";
import type { TaskPageDto } from "@/lib/schemas/task";

import { GalleryFilters } from "./gallery-filters";
import { LoadMore } from "./load-more";
import { SelectionBar } from "./selection-bar";
import { TaskGrid } from "./task-grid";
import { TaskListStates } from "./task-list-states";
import { sameFilters, withFilters } from "./url-filters";
import { useTaskSelection } from "./use-task-selection";

const headerButtonClass =
  "min-h-11 rounded-xl border border-zinc-300 px-3 text-sm font-medium whitespace-nowrap hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800";

interface Props {
  /** The filters the server rendered `initialPage` for. */
  initialFilters: TaskFilters;
  initialPage: TaskPageDto;
}

export function Gallery({ initialFilters, initialPage }: Props) {
  const t = useTranslations();
  const tg = useTranslations("gallery");
  const [filters, setFilters] = useState(initialFilters);
  const query = useInfiniteQuery({
    ...taskQueries.list(filters),
    initialData: () =>
      sameFilters(filters, initialFilters) ? { pages: [initialPage], pageParams: [null] } : undefined,
    // While a new search loads, the previous results stay (dimmed) instead of flashing skeletons.
    placeholderData: keepPreviousData,
  });
  const changeFilters = useCallback((changed: TaskFilters) => {
    const next = normalizeFilters(changed);
    setFilters(next);
    // Next.js syncs history.replaceState with useSearchParams; no server round trip is needed, the query fetches.
    window.history.replaceState(null, "", withFilters(window.location.href, next));
  }, []);

  const tasks = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = hasActiveFilters(filters);
  const [selecting, setSelecting] = useState(false);
  const selection = useTaskSelection(tasks);
  const lightbox = useLightboxUrl();
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const { clear: clearSelection, toggle: toggleSelected } = selection;
  const stopSelecting = useCallback(() => {
    setSelecting(false);
    clearSelection();
  }, [clearSelection]);
  const startSelectingWith = (taskId: string) => {
    setSelecting(true);
    toggleSelected(taskId);
  };

  // Esc leaves select mode, as in every photo app; a dialog open above (the sheet, the lightbox) takes its own Esc.
  useEffect(() => {
    if (!selecting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || document.querySelector("dialog[open]")) return;
      stopSelecting();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [selecting, stopSelecting]);

  // An image sent to the composer (as a reference, or to Edit / Retexture): the viewer steps aside so the composer
  // can show where it went.
  const closeLightbox = lightbox.close;
  useEffect(() => {
    const onReference = () => closeLightbox();
    window.addEventListener(USE_REFERENCE_EVENT, onReference);
    window.addEventListener(EDIT_IMAGE_EVENT, onReference);
    window.addEventListener(ANIMATE_EVENT, onReference);
    return () => {
      window.removeEventListener(USE_REFERENCE_EVENT, onReference);
      window.removeEventListener(EDIT_IMAGE_EVENT, onReference);
      window.removeEventListener(ANIMATE_EVENT, onReference);
    };
  }, [closeLightbox]);

  return (
    <section aria-labelledby="gallery-heading" className="@container min-w-0 space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id="gallery-heading" className="text-lg font-semibold">
          {t("gallery.heading")}
        </h2>
        <div className="flex items-center gap-2">
          {selecting ? (
            <button
              type="button"
              onClick={selection.selectAll}
              disabled={tasks.length === 0}
              className={headerButtonClass}
            >
              {t("gallery.selectAll", { count: tasks.length })}
            </button>
          ) : null}
          <button
            type="button"
            aria-pressed={selecting}
            onClick={() => (selecting ? stopSelecting() : setSelecting(true))}
            className={cn(headerButtonClass, "aria-pressed:bg-violet-600 aria-pressed:text-white")}
          >
            {selecting ? t("gallery.doneSelecting") : t("gallery.select")}
          </button>
        </div>
      </div>
      <GalleryFilters value={filters} onChange={changeFilters} />

      <TaskListStates
        words={tg}
        query={query}
        taskCount={tasks.length}
        emptyText={filtered ? t("gallery.emptyFiltered") : t("gallery.empty")}
      >
        <TaskGrid
          tasks={tasks}
          testId="gallery-grid"
          busy={query.isPlaceholderData}
          selection={selecting ? selection : undefined}
          onOpen={lightbox.open}
          onStartSelect={startSelectingWith}
        />
      </TaskListStates>

      {selecting ? <SelectionBar selected={selection.selected} onClear={selection.clear} /> : null}

      <LoadMore query={query} />
      <Lightbox
        viewId={lightbox.viewId}
        tasks={tasks}
        loadMore={loadMore}
        onNavigate={lightbox.open}
        onClose={lightbox.close}
      />
    </section>
  );
}
