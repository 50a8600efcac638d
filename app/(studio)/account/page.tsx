// Account: who you are, today's usage, and changing your password.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AccountSummary } from "@/components/account/account-summary";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { TodayUsage } from "@/components/usage/today-usage";
import { requirePageViewer } from "@/lib/server/auth/page-session";

export const dynamic = "force-dynamic";

const cardClass =
  "space-y-4 rounded-2xl border border-zinc-200 bg-white p-4 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accountPage");
  return { title: t("title") };
}

export default async function AccountPage() {
  await requirePageViewer("/account");
  const t = await getTranslations("accountPage");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <section aria-labelledby="profile-heading" className={cardClass}>
        <h2 id="profile-heading" className="text-lg font-semibold">
          {t("profile.heading")}
        </h2>
        <AccountSummary />
      </section>
      <section aria-labelledby="account-usage-heading" className={cardClass}>
        <h2 id="account-usage-heading" className="text-lg font-semibold">
          {t("usageHeading")}
        </h2>
        <TodayUsage />
      </section>
      <section className={cardClass}>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
