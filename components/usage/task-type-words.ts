import { useTranslations } from "next-intl";

import type en from "@/messages/en.json";

type TypeKey = keyof (typeof en)["gallery"]["types"];

/** The gallery's word for a task type; a type this build has no word for is shown as the server wrote it. */
export function useTaskTypeWords(): (type: string) => string {
  const t = useTranslations("gallery");
  return (type) => {
    const key = `types.${type}` as `types.${TypeKey}`;
    return t.has(key) ? t(key) : type;
  };
}
