"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { MIN_PASSWORD_LENGTH } from "@/lib/schemas/account";
import { formText } from "@/lib/form-text";
import { MAX_DISPLAY_NAME_LENGTH } from "@/lib/schemas/display-name";

import { FormError, FormField, primaryButtonClass } from "./form-field";
import { postJson } from "@/lib/api-client";
import { useNameProblemText } from "./use-name-problem";

/** Name + e-mail + password, posted to `endpoint` (first-run setup or an invite); signs in on success. */
export function NewAccountForm({ endpoint, submitLabel }: { endpoint: string; submitLabel: string }) {
  const t = useTranslations("auth");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameProblem = useNameProblemText();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = formText(form, "name");
    const password = formText(form, "password");
    const badName = nameProblem(name);
    if (badName) {
      setError(badName);
      return;
    }
    if (password !== formText(form, "confirm")) {
      setError(t("passwordsDiffer"));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await postJson(endpoint, {
      name,
      email: formText(form, "email"),
      password,
    });
    if (result.ok) {
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load drops the previous session\'s cached data
      window.location.assign("/");
      return;
    }
    setBusy(false);
    setError(
      result.code === "network"
        ? t("network")
        : (result.message ?? t("failed", { message: String(result.status) })),
    );
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4">
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
      <FormError message={error} />
      <button type="submit" className={`${primaryButtonClass} w-full`} disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
