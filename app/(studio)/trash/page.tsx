// Trash (admin): deleted tasks, to restore or delete forever.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { TrashList } from "@/components/trash/trash-list";
import { PageHeading } from "@/components/ui/heading";
import { requirePageViewer } from "@/lib/server/auth/page-session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("trashPage");
  return { title: t("title") };
}

export default async function TrashPage() {
  await requirePageViewer("/trash", "admin");
  const t = await getTranslations("trashPage");
  return (
    <div className="space-y-4">
      <PageHeading title={t("title")} intro={t("intro")} />
      <TrashList />
    </div>
  );
}
