"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { useErrorText } from "@/components/common/use-error-text";
import { Alert } from "@/components/ui/alert";
import { ListEmpty } from "@/components/ui/list-states";
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
      {/* The list painted from the server stays under a failed refresh. */}
      <Alert>{query.isError ? t("loadFailed", { message: errorText(query.error) }) : null}</Alert>
      {collections.length === 0 ? (
        <ListEmpty>{t("empty")}</ListEmpty>
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
