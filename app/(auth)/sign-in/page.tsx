import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/safe-return";
import { hasAnyAccount, optionalPageViewer } from "@/lib/server/auth/page-session";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const returnTo = safeReturnPath((await searchParams).next);
  if (!(await hasAnyAccount())) redirect("/setup");
  if (await optionalPageViewer()) redirect(returnTo);
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("signInTitle")} intro={t("signInIntro")}>
      <SignInForm returnTo={returnTo} />
    </AuthCard>
  );
}
