import { getTranslations } from "next-intl/server";

import { AuthCard } from "@/components/auth/auth-card";
import { NewAccountForm } from "@/components/auth/new-account-form";
import { findOpenInvite } from "@/lib/server/auth/invites";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("inviteTitle") };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth");
  const invite = await findOpenInvite(token);
  if (!invite) {
    return (
      <AuthCard title={t("inviteInvalidTitle")} intro={t("inviteInvalid")}>
        {null}
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title={t("inviteTitle")}
      intro={t(invite.role === "admin" ? "inviteIntroAdmin" : "inviteIntroMember")}
    >
      <NewAccountForm
        endpoint={`/api/invites/${encodeURIComponent(token)}`}
        submitLabel={t("inviteSubmit")}
      />
    </AuthCard>
  );
}
