import { useTranslations } from "next-intl";

import { displayNameProblem, MAX_DISPLAY_NAME_LENGTH } from "@/lib/schemas/display-name";

/**
 * The display-name rule the server enforces, told in the UI language before the form is sent (the server's
 * own 422 says the same in English for API users).
 */
export function useNameProblemText(): (name: string) => string | null {
  const t = useTranslations("auth.nameProblem");
  return (name) => {
    const problem = displayNameProblem(name);
    return problem ? t(problem, { max: MAX_DISPLAY_NAME_LENGTH }) : null;
  };
}
