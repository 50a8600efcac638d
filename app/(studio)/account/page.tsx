// Account: who you are, today's usage, and changing your password.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AccountSummary } from "@/components/account/account-summary";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { cardClass, CardSection } from "@/components/ui/card-section";
import { PageHeading } from "@/components/ui/heading";
import { TodayUsage } from "@/components/usage/today-usage";
import { requirePageViewer } from "@/lib/server/auth/page-session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accountPage");
  return { title: t("title") };
}

export default async function AccountPage() {
  await requirePageViewer("/account");
  const t = await getTranslations("accountPage");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeading title={t("title")} />
      <CardSection id="profile" title={t("profile.heading")}>
        <AccountSummary />
      </CardSection>
      <CardSection id="account-usage" title={t("usageHeading")}>
        <TodayUsage />
      </CardSection>
      {/* The form is its own region, labelled by its own heading. */}
      <section className={cardClass}>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
