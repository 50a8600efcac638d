import { useTranslations } from "next-intl";

import { actionKey } from "./status-words";

/** Words for an upstream action ("UPSCALE" → "Upscale"); unknown actions are shown as sent. */
export function useActionLabel(): (action: string) => string {
  const t = useTranslations("actions");
  return (action) => {
    const key = actionKey(action);
    return key ? t(key) : action;
  };
}
