// Collections: the team's named folders of tasks, to create, rename and (admins) delete.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { CollectionGrid } from "@/components/collections/collection-grid";
import { PageHeading } from "@/components/ui/heading";
import { requirePageViewer } from "@/lib/server/auth/page-session";
import { listCollections } from "@/lib/server/collections";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("collectionsPage");
  return { title: t("title") };
}

export default async function CollectionsPage() {
  await requirePageViewer("/collections");
  const [t, collections] = await Promise.all([getTranslations("collectionsPage"), listCollections()]);
  return (
    <div className="space-y-4">
      <PageHeading title={t("title")} intro={t("intro")} />
      <CollectionGrid initial={collections} />
    </div>
  );
}
