"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { FormError, FormField, primaryButtonClass } from "@/components/auth/form-field";
import { useNameProblemText } from "@/components/auth/use-name-problem";
import { useErrorText } from "@/components/common/use-error-text";
import { useCreateMember } from "@/lib/queries/admin";
import { formText } from "@/lib/form-text";
import { MIN_PASSWORD_LENGTH, Role } from "@/lib/schemas/account";
import { MAX_DISPLAY_NAME_LENGTH } from "@/lib/schemas/display-name";

import { parseDailyLimit } from "./daily-limit";
import { RoleAndLimitFields } from "./role-and-limit-fields";

/** Creates an account with a password the admin hands over (for people who cannot use an invite link). */
export function AddMemberForm() {
  const t = useTranslations("adminPage.addMember");
  const tm = useTranslations("adminPage.members");
  const errorText = useErrorText();
  const nameProblem = useNameProblemText();
  const create = useCreateMember();
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => formText(form, name);
    const dailyLimit = parseDailyLimit(text("dailyLimit"));
    setAdded(null);
    const badName = nameProblem(text("name"));
    if (badName) {
      setError(badName);
      return;
    }
    if (dailyLimit === "invalid") {
      setError(tm("limitInvalid"));
      return;
    }
    setError(null);
    create.mutate(
      {
        name: text("name"),
        email: text("email"),
        password: text("password"),
        role: Role.catch("member").parse(text("role")),
        dailyLimit,
      },
      {
        onSuccess: (member) => {
          formElement.reset();
          setAdded(t("added", { name: member.name }));
        },
        onError: (e) => setError(errorText(e)),
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      aria-labelledby="add-member-heading"
      className="space-y-4 border-t border-zinc-200 pt-4 dark:border-zinc-800"
    >
      <h3 id="add-member-heading" className="font-semibold">
        {t("heading")}
      </h3>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label={t("name")}
          name="name"
          required
          maxLength={MAX_DISPLAY_NAME_LENGTH}
          autoComplete="off"
        />
        <FormField label={t("email")} name="email" type="email" required maxLength={200} autoComplete="off" />
        <FormField
          label={t("password")}
          name="password"
          type="password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          maxLength={200}
          autoComplete="new-password"
          hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
        />
        <RoleAndLimitFields limitHint />
      </div>
      <FormError message={error} />
      {added ? (
        <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-400">
          {added}
        </p>
      ) : null}
      <button type="submit" className={primaryButtonClass} disabled={create.isPending}>
        {create.isPending ? t("adding") : t("submit")}
      </button>
    </form>
  );
}
