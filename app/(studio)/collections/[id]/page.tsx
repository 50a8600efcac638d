// One collection: its tasks, with "set as cover" and "remove" per item.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";

import { CollectionDetail } from "@/components/collections/collection-detail";
import { PageHeading } from "@/components/ui/heading";
import { taskListPath } from "@/lib/queries/tasks";
import { ListTasksQuery } from "@/lib/schemas/task-input";
import { requirePageViewer } from "@/lib/server/auth/page-session";
import { listCollections } from "@/lib/server/collections";
import { listTaskPage } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// Shared by generateMetadata and the page within one request. Collections are few; the list is the lookup.
const loadCollection = cache(async (id: string) => {
  const viewer = await requirePageViewer(`/collections/${encodeURIComponent(id)}`);
  const collection = (await listCollections()).find((c) => c.id === id);
  if (!collection) notFound();
  return { collection, viewer };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [{ collection }, t] = await Promise.all([loadCollection(id), getTranslations("collectionsPage")]);
  return { title: t("detailTitle", { name: collection.name }) };
}

export default async function CollectionPage({ params }: Props) {
  const { id } = await params;
  const { collection, viewer } = await loadCollection(id);
  // The same query string the browser sends for this list, so the first page and later pages agree.
  const query = new URL(taskListPath({ collection: id }, null), "http://local").searchParams;
  const page = await listTaskPage(ListTasksQuery.parse(Object.fromEntries(query)), viewer);
  return (
    <div className="space-y-4">
      <PageHeading title={collection.name} className="break-words" />
      <CollectionDetail collection={collection} initialPage={page} />
    </div>
  );
}
