"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { useErrorText } from "@/components/common/use-error-text";
import { collectionQueries } from "@/lib/queries/organize";
import type { CollectionDto } from "@/lib/schemas/organize";

import { CollectionCard } from "./collection-card";
import { CreateCollectionForm } from "./create-collection-form";

/** The team's collections, first painted from the server's list and kept fresh by the shared query. */
export function CollectionGrid({ initial }: { initial: CollectionDto[] }) {
  const t = useTranslations("collectionsPage");
  const errorText = useErrorText();
  const query = useQuery({ ...collectionQueries.list(), initialData: { items: initial } });
  const collections = query.data;

  return (
    <div className="@container space-y-4">
      <CreateCollectionForm />
      {query.isError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t("loadFailed", { message: errorText(query.error) })}
        </p>
      ) : null}
      {collections.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
          {t("empty")}
        </p>
      ) : (
        <ul
          data-testid="collection-grid"
          className="grid grid-cols-2 gap-3 @lg:grid-cols-3 @3xl:grid-cols-4 @6xl:grid-cols-6"
        >
          {collections.map((collection) => (
            <CollectionCard key={collection.id} collection={collection} />
          ))}
        </ul>
      )}
    </div>
  );
}
