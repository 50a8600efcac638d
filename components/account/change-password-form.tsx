"use client";

import { useTranslations } from "next-intl";

import { FormField } from "@/components/ui/form-field";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { postJson, type PostResult } from "@/lib/api-client";
import { formText } from "@/lib/form-text";
import { MIN_PASSWORD_LENGTH } from "@/lib/schemas/account";

/**
 * better-auth's own endpoint; it answers `{ code, message }` rather than our error shape, hence postJson.
 * Other sessions are signed out: a password change usually means the old one may be known to someone.
 */
export function ChangePasswordForm() {
  const t = useTranslations("accountPage.password");

  function failureText(result: PostResult): string {
    switch (result.code) {
      case "INVALID_PASSWORD":
        return t("wrongCurrent");
      case "PASSWORD_TOO_SHORT":
        return t("tooShort", { min: MIN_PASSWORD_LENGTH });
      case "PASSWORD_TOO_LONG":
        return t("tooLong");
      case "network":
        return t("network");
      default:
        return result.status === 429
          ? t("rateLimited")
          : t("failed", { message: result.message ?? String(result.status) });
    }
  }

  const form = useFormSubmit({
    // Checked here too, so a typo costs no request (and no rate-limit attempt).
    check: (fields) => {
      const newPassword = formText(fields, "newPassword");
      if (newPassword.length < MIN_PASSWORD_LENGTH) return t("tooShort", { min: MIN_PASSWORD_LENGTH });
      if (newPassword !== formText(fields, "repeatPassword")) return t("differ");
      return newPassword === formText(fields, "currentPassword") ? t("same") : null;
    },
    send: async (fields, element) => {
      const result = await postJson("/api/auth/change-password", {
        currentPassword: formText(fields, "currentPassword"),
        newPassword: formText(fields, "newPassword"),
        revokeOtherSessions: true,
      });
      if (!result.ok) return { error: failureText(result) };
      element.reset();
      return { notice: t("changed") };
    },
  });

  return (
    <form onSubmit={form.onSubmit} aria-labelledby="password-heading" className="max-w-md space-y-4">
      <h2 id="password-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <FormField
        label={t("current")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
      />
      <FormField
        label={t("new")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={200}
        hint={t("hint", { min: MIN_PASSWORD_LENGTH })}
      />
      <FormField
        label={t("repeat")}
        name="repeatPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={200}
      />
      <FormFooter state={form} label={t("submit")} pendingLabel={t("saving")} />
    </form>
  );
}
