"use client";

import { useTranslations } from "next-intl";

import { CardSection } from "@/components/ui/card-section";

import { UpstreamSettingsForm } from "./upstream-settings-form";

/** The form brings its own sub-heading and intro; this section only places it among the others. */
export function ConnectionSection() {
  const t = useTranslations("adminPage.connection");
  return (
    <CardSection id="connection" title={t("heading")}>
      <UpstreamSettingsForm />
    </CardSection>
  );
}
