// Usage: today's count against the daily limit, and tasks per day, member and type over a date range.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { CardSection } from "@/components/ui/card-section";
import { PageHeading } from "@/components/ui/heading";
import { TodayUsage } from "@/components/usage/today-usage";
import { UsageReport } from "@/components/usage/usage-report";
import { requirePageViewer } from "@/lib/server/auth/page-session";
import { lastDaysRange } from "@/lib/usage-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("usagePage");
  return { title: t("title") };
}

export default async function UsagePage() {
  const viewer = await requirePageViewer("/usage");
  const t = await getTranslations("usagePage");
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeading title={t("title")} />
      <CardSection id="today" title={t("today.heading")}>
        <TodayUsage />
      </CardSection>
      <CardSection
        id="report"
        title={t("report.heading")}
        description={viewer.role === "admin" ? t("report.introAdmin") : t("report.introMember")}
      >
        {/* The same UTC window the route defaults to, fixed here so server and browser agree. */}
        <UsageReport initialRange={lastDaysRange(new Date())} />
      </CardSection>
    </div>
  );
}
