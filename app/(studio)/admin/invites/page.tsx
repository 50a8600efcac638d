// Admin: invite links.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { InvitesSection } from "@/components/admin/invites-section";
import { requirePageViewer } from "@/lib/server/auth/page-session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminPage");
  return { title: `${t("navInvites")} · ${t("title")}` };
}

export default async function Page() {
  // The layout shows members a message instead; this only brings signed-out visitors back here after sign-in.
  await requirePageViewer("/admin/invites");
  return <InvitesSection />;
}
