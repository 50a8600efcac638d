// Admin: the team's named personalization and moodboard codes.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ProfileCodesSection } from "@/components/admin/profile-codes-section";
import { requirePageViewer } from "@/lib/server/auth/page-session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const [t, tm] = await Promise.all([getTranslations("adminPage"), getTranslations("teamMemory.admin")]);
  return { title: `${tm("nav")} · ${t("title")}` };
}

export default async function Page() {
  // The layout shows members a message instead; this only brings signed-out visitors back here after sign-in.
  await requirePageViewer("/admin/profiles");
  return <ProfileCodesSection />;
}
