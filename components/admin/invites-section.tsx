"use client";

import { useTranslations } from "next-intl";

import { AdminSection } from "./admin-section";
import { InviteForm } from "./invite-form";
import { InviteList } from "./invite-list";

export function InvitesSection() {
  const t = useTranslations("adminPage.invites");
  return (
    <AdminSection id="invites" title={t("heading")} description={t("intro")}>
      <InviteForm />
      <InviteList />
    </AdminSection>
  );
}
