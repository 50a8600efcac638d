"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";

import { useErrorText } from "@/components/common/use-error-text";
import { LoadMore } from "@/components/gallery/load-more";
import { TaskGrid } from "@/components/gallery/task-grid";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ListEmpty } from "@/components/ui/list-states";
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
        <Link href="/collections" className={buttonClass("secondary")}>
          {t("allCollections")}
        </Link>
        <Link href={`/?collection=${encodeURIComponent(id)}`} className={buttonClass("secondary")}>
          {t("openInGallery")}
        </Link>
      </div>
      <Alert>{failure ? errorText(failure) : null}</Alert>
      {tasks.length === 0 ? (
        <ListEmpty>{t("detailEmpty")}</ListEmpty>
      ) : (
        <TaskGrid
          tasks={tasks}
          testId="collection-tasks"
          tools={(task) => (
            <CollectionItemTools
              task={task}
              isCover={collection.coverTaskId === task.id}
              busy={busy}
              onSetCover={() => update.mutate({ coverTaskId: task.id })}
              onRemove={() => bulk.mutate({ op: "removeFromCollection", ids: [task.id], collectionId: id })}
            />
          )}
        />
      )}
      <LoadMore query={query} />
    </div>
  );
}
