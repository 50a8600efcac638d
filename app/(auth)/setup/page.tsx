import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { AuthCard } from "@/components/auth/auth-card";
import { NewAccountForm } from "@/components/auth/new-account-form";
import { hasAnyAccount } from "@/lib/server/auth/page-session";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("setupTitle") };
}

// First start: no default password exists; whoever opens the fresh install creates the first admin.
export default async function SetupPage() {
  if (await hasAnyAccount()) redirect("/sign-in");
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("setupTitle")} intro={t("setupIntro")}>
      <NewAccountForm endpoint="/api/setup" submitLabel={t("setupSubmit")} />
    </AuthCard>
  );
}
