"use client";

import { useTranslations } from "next-intl";

import { CardSection } from "@/components/ui/card-section";

import { InviteForm } from "./invite-form";
import { InviteList } from "./invite-list";

export function InvitesSection() {
  const t = useTranslations("adminPage.invites");
  return (
    <CardSection id="invites" title={t("heading")} description={t("intro")}>
      <InviteForm />
      <InviteList />
    </CardSection>
  );
}
