// Usage: today's count against the daily limit, and tasks per day, member and type over a date range.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

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
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <section
        aria-labelledby="today-heading"
        className="space-y-3 rounded-2xl border border-zinc-200 bg-white p-4 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <h2 id="today-heading" className="text-lg font-semibold">
          {t("today.heading")}
        </h2>
        <TodayUsage />
      </section>
      <section
        aria-labelledby="report-heading"
        className="min-w-0 space-y-3 rounded-2xl border border-zinc-200 bg-white p-4 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <h2 id="report-heading" className="text-lg font-semibold">
          {t("report.heading")}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {viewer.role === "admin" ? t("report.introAdmin") : t("report.introMember")}
        </p>
        {/* The same UTC window the route defaults to, fixed here so server and browser agree. */}
        <UsageReport initialRange={lastDaysRange(new Date())} />
      </section>
    </div>
  );
}
