"use client";

import { useTranslations } from "next-intl";

import { FormField } from "@/components/ui/form-field";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { postJson } from "@/lib/api-client";
import { formText } from "@/lib/form-text";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("auth");
  const form = useFormSubmit({
    send: async (fields) => {
      const result = await postJson("/api/auth/sign-in/email", {
        email: formText(fields, "email"),
        password: formText(fields, "password"),
      });
      if (result.ok) {
        window.location.assign(returnTo);
        return { leaving: true };
      }
      // A disabled account is answered like a wrong password on purpose (the server does not say which).
      if (result.status === 429)
        return { error: t("rateLimited", { seconds: result.retryAfterSeconds ?? 1 }) };
      if (result.status === 401) return { error: t("wrongCredentials") };
      if (result.code === "network") return { error: t("network") };
      return { error: t("failed", { message: result.message ?? String(result.status) }) };
    },
  });

  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate={false}>
      <FormField label={t("email")} name="email" type="email" autoComplete="username" required autoFocus />
      <FormField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <FormFooter state={form} label={t("signIn")} pendingLabel={t("signingIn")} wide />
    </form>
  );
}
