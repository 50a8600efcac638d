"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback } from "react";

import { secondaryButtonClass } from "@/components/auth/form-field";
import { useErrorText } from "@/components/common/use-error-text";
import { LoadMore } from "@/components/gallery/load-more";
import { TaskTile } from "@/components/gallery/task-tile";
import { collectionTaskQueries } from "@/lib/queries/collections";
import { collectionQueries, useBulkTasks, useUpdateCollection } from "@/lib/queries/organize";
import type { CollectionDto } from "@/lib/schemas/organize";
import type { TaskPageDto } from "@/lib/schemas/task";

import { CollectionItemTools } from "./collection-item-tools";

interface Props {
  collection: CollectionDto;
  initialPage: TaskPageDto;
}

export function CollectionDetail({ collection: initial, initialPage }: Props) {
  const t = useTranslations("collectionsPage");
  const errorText = useErrorText();
  const id = initial.id;
  // The shared list keeps count and cover current after edits made here or elsewhere.
  const list = useQuery(collectionQueries.list());
  const collection = list.data?.find((c) => c.id === id) ?? initial;
  const query = useInfiniteQuery({
    ...collectionTaskQueries.list(id),
    initialData: { pages: [initialPage], pageParams: [null] },
  });
  const { fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);
  const bulk = useBulkTasks();
  const update = useUpdateCollection(id);
  const busy = bulk.isPending || update.isPending;
  const failure = bulk.error ?? update.error ?? (query.isError ? query.error : null);
  const tasks = query.data.pages.flatMap((page) => page.items);

  return (
    <div className="@container space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <p className="mr-auto text-sm text-zinc-600 dark:text-zinc-400">
          {t("count", { count: collection.count })}
        </p>
        <Link href="/collections" className={secondaryButtonClass}>
          {t("allCollections")}
        </Link>
        <Link href={`/?collection=${encodeURIComponent(id)}`} className={secondaryButtonClass}>
          {t("openInGallery")}
        </Link>
      </div>
      {failure ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {errorText(failure)}
        </p>
      ) : null}
      {tasks.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
          {t("detailEmpty")}
        </p>
      ) : (
        <ul
          data-testid="collection-tasks"
          className="grid grid-cols-2 gap-3 @lg:grid-cols-3 @3xl:grid-cols-4 @6xl:grid-cols-5"
        >
          {tasks.map((task, index) => (
            <li key={task.id} className="min-w-0">
              {/* TaskTile is a list item itself; a one-item list keeps the markup valid. */}
              <ul>
                <TaskTile task={task} priority={index < 4} />
              </ul>
              <CollectionItemTools
                task={task}
                isCover={collection.coverTaskId === task.id}
                busy={busy}
                onSetCover={() => update.mutate({ coverTaskId: task.id })}
                onRemove={() => bulk.mutate({ op: "removeFromCollection", ids: [task.id], collectionId: id })}
              />
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={loadMore}
        pageCount={query.data.pages.length}
      />
    </div>
  );
}
