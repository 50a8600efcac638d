// Trash (admin): deleted tasks, to restore or delete forever.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { TrashList } from "@/components/trash/trash-list";
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
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("intro")}</p>
      </div>
      <TrashList />
    </div>
  );
}
