"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { formText } from "@/lib/form-text";

import { FormError, FormField, primaryButtonClass } from "./form-field";
import { postJson } from "@/lib/api-client";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("auth");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await postJson("/api/auth/sign-in/email", {
      email: formText(form, "email"),
      password: formText(form, "password"),
    });
    if (result.ok) {
      window.location.assign(returnTo);
      return;
    }
    setBusy(false);
    // A disabled account is answered like a wrong password on purpose (the server does not say which).
    if (result.status === 429) setError(t("rateLimited", { seconds: result.retryAfterSeconds ?? 1 }));
    else if (result.status === 401) setError(t("wrongCredentials"));
    else if (result.code === "network") setError(t("network"));
    else setError(t("failed", { message: result.message ?? String(result.status) }));
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4" noValidate={false}>
      <FormField label={t("email")} name="email" type="email" autoComplete="username" required autoFocus />
      <FormField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <FormError message={error} />
      <button type="submit" className={`${primaryButtonClass} w-full`} disabled={busy}>
        {busy ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
