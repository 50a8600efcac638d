"use client";

import { useTranslations } from "next-intl";

import { FormField } from "@/components/ui/form-field";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { postJson } from "@/lib/api-client";
import { formText } from "@/lib/form-text";
import { MIN_PASSWORD_LENGTH } from "@/lib/schemas/account";
import { MAX_DISPLAY_NAME_LENGTH } from "@/lib/schemas/display-name";

import { useNameProblemText } from "./use-name-problem";

/** Name + e-mail + password, posted to `endpoint` (first-run setup or an invite); signs in on success. */
export function NewAccountForm({ endpoint, submitLabel }: { endpoint: string; submitLabel: string }) {
  const t = useTranslations("auth");
  const nameProblem = useNameProblemText();
  const form = useFormSubmit({
    check: (fields) =>
      nameProblem(formText(fields, "name")) ??
      (formText(fields, "password") !== formText(fields, "confirm") ? t("passwordsDiffer") : null),
    send: async (fields) => {
      const result = await postJson(endpoint, {
        name: formText(fields, "name"),
        email: formText(fields, "email"),
        password: formText(fields, "password"),
      });
      if (result.ok) {
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load drops the previous session\'s cached data
        window.location.assign("/");
        return { leaving: true };
      }
      return {
        error:
          result.code === "network"
            ? t("network")
            : (result.message ?? t("failed", { message: String(result.status) })),
      };
    },
  });

  return (
    <form onSubmit={form.onSubmit} className="space-y-4">
      <FormField
        label={t("name")}
        name="name"
        autoComplete="name"
        required
        maxLength={MAX_DISPLAY_NAME_LENGTH}
      />
      <FormField label={t("email")} name="email" type="email" autoComplete="username" required />
      <FormField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
      />
      <FormField
        label={t("confirmPassword")}
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
      />
      <FormFooter state={form} label={submitLabel} wide />
    </form>
  );
}
