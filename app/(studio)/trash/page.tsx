// Trash (admin): deleted tasks, to restore or delete forever.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AdminOnly } from "@/components/admin/admin-only";
import { TrashList } from "@/components/trash/trash-list";
import { PageHeading } from "@/components/ui/heading";
import { requirePageViewer } from "@/lib/server/auth/page-session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("trashPage");
  return { title: t("title") };
}

export default async function TrashPage() {
  const viewer = await requirePageViewer("/trash");
  // A member gets a sentence and a way home rather than a silent redirect; the trash API refuses them anyway.
  if (viewer.role !== "admin") return <AdminOnly />;
  const t = await getTranslations("trashPage");
  return (
    <div className="space-y-4">
      <PageHeading title={t("title")} intro={t("intro")} />
      <TrashList />
    </div>
  );
}
