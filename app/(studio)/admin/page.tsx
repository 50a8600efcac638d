// Members & settings (admin): members and their limits, invites, the Midjourney connection, the audit log.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AuditSection } from "@/components/admin/audit-section";
import { ConnectionSection } from "@/components/admin/connection-section";
import { InvitesSection } from "@/components/admin/invites-section";
import { MembersSection } from "@/components/admin/members-section";
import { PageHeading } from "@/components/ui/heading";
import { requirePageViewer } from "@/lib/server/auth/page-session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminPage");
  return { title: t("title") };
}

export default async function AdminPage() {
  await requirePageViewer("/admin", "admin");
  const t = await getTranslations("adminPage");
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeading title={t("title")} />
      <MembersSection />
      <InvitesSection />
      <ConnectionSection />
      <AuditSection />
    </div>
  );
}
