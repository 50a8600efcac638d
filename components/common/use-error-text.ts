import { useTranslations } from "next-intl";

import { errorWords } from "./error-words";

/** Turns any thrown value (usually an ApiError) into a sentence in the UI language. */
export function useErrorText(): (error: unknown) => string {
  const t = useTranslations("errors");
  return (error) => {
    const words = errorWords(error);
    return t(words.key, words.values);
  };
}
