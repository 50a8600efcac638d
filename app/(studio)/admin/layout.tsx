// The admin area (members, invites, the Midjourney connection, the audit log): one page per section, one nav.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { AdminNav } from "@/components/admin/admin-nav";
import { AdminOnly } from "@/components/admin/admin-only";
import { PageHeading } from "@/components/ui/heading";
import { requirePageViewer } from "@/lib/server/auth/page-session";

export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Signed-out visitors go to sign-in (each page asks again with its own return path); members get a message.
  const viewer = await requirePageViewer("/admin");
  if (viewer.role !== "admin") return <AdminOnly />;
  const t = await getTranslations("adminPage");
  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <PageHeading title={t("title")} />
      <div className="space-y-4 lg:grid lg:grid-cols-[11rem_minmax(0,1fr)] lg:items-start lg:gap-6 lg:space-y-0">
        <div className="lg:sticky lg:top-20">
          <AdminNav />
        </div>
        <div className="min-w-0">{children}</div>
      </div>
    </div>
  );
}
