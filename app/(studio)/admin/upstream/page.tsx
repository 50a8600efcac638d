// Admin: the Midjourney connection.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ConnectionSection } from "@/components/admin/connection-section";
import { UpstreamBalance } from "@/components/admin/upstream-balance";
import { requirePageViewer } from "@/lib/server/auth/page-session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminPage");
  return { title: `${t("navConnection")} · ${t("title")}` };
}

export default async function Page() {
  // The layout shows members a message instead; this only brings signed-out visitors back here after sign-in.
  await requirePageViewer("/admin/upstream");
  return (
    <div className="space-y-4">
      <ConnectionSection />
      <UpstreamBalance />
    </div>
  );
}
