"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { FormError, FormField, primaryButtonClass } from "@/components/auth/form-field";
import { postJson, type PostResult } from "@/lib/api-client";
import { MIN_PASSWORD_LENGTH } from "@/lib/schemas/account";
import { formText } from "@/lib/form-text";

/**
 * better-auth's own endpoint; it answers `{ code, message }` rather than our error shape, hence postJson.
 * Other sessions are signed out: a password change usually means the old one may be known to someone.
 */
export function ChangePasswordForm() {
  const t = useTranslations("accountPage.password");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = formText(form, "currentPassword");
    const newPassword = formText(form, "newPassword");
    // Checked here too, so a typo costs no request (and no rate-limit attempt).
    const problem =
      newPassword.length < MIN_PASSWORD_LENGTH
        ? t("tooShort", { min: MIN_PASSWORD_LENGTH })
        : newPassword !== formText(form, "repeatPassword")
          ? t("differ")
          : newPassword === currentPassword
            ? t("same")
            : null;
    setDone(false);
    setError(problem);
    if (problem) return;
    setBusy(true);
    const result = await postJson("/api/auth/change-password", {
      currentPassword,
      newPassword,
      revokeOtherSessions: true,
    });
    setBusy(false);
    if (!result.ok) {
      setError(failureText(result));
      return;
    }
    formElement.reset();
    setDone(true);
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      aria-labelledby="password-heading"
      className="max-w-md space-y-4"
    >
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
      <FormError message={error} />
      {done ? (
        <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-400">
          {t("changed")}
        </p>
      ) : null}
      <button type="submit" className={primaryButtonClass} disabled={busy}>
        {busy ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
