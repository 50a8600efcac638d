"use client";

import { useTranslations } from "next-intl";

import type { TaskButtonDto } from "@/lib/schemas/task";

import { buttonName, labelNameKey } from "./button-names";

/**
 * Translated words for the upstream's buttons: `name` for a button (by customId, then known label), `label` for
 * the stored label of the button that made a task ("U2", "Vary (Strong)", "🔄"). Unknown ones stay as sent.
 */
export function useButtonWords(): {
  name: (button: TaskButtonDto) => string;
  label: (stored: string) => string;
} {
  const t = useTranslations("buttons");
  return {
    name: (button) => {
      const name = buttonName(button);
      return "key" in name ? t(name.key) : name.text;
    },
    label: (stored) => {
      const key = labelNameKey(stored);
      return key ? t(key) : stored;
    },
  };
}
