"use client";

import { useTranslations } from "next-intl";

import { Segmented } from "@/components/ui/segmented";
import type { SpeedMode } from "@/lib/schemas/task";

export type SpeedChoice = SpeedMode | "default";

/**
 * Per-submit speed mode. "Default" leaves it to the operator's MJ_MODE; the others ask the upstream for that
 * mode through its "/mj-<mode>" path prefix (proxies and aggregators that lack prefixes ignore it).
 */
export function SpeedField({
  value,
  onChange,
}: {
  value: SpeedChoice;
  onChange: (value: SpeedChoice) => void;
}) {
  const t = useTranslations();
  return (
    <Segmented
      name="speed"
      legend={t("prompt.speed")}
      value={value}
      onChange={onChange}
      options={[
        { value: "default", label: t("prompt.speedDefault") },
        { value: "fast", label: t("modes.fast") },
        { value: "relax", label: t("modes.relax") },
        { value: "turbo", label: t("modes.turbo") },
      ]}
    />
  );
}
