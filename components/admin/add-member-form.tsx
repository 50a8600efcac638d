"use client";

import { useTranslations } from "next-intl";

import { useNameProblemText } from "@/components/auth/use-name-problem";
import { FormField } from "@/components/ui/form-field";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { formText } from "@/lib/form-text";
import { useCreateMember } from "@/lib/queries/admin";
import { MIN_PASSWORD_LENGTH, Role } from "@/lib/schemas/account";
import { MAX_DISPLAY_NAME_LENGTH } from "@/lib/schemas/display-name";

import { parseDailyLimit } from "./daily-limit";
import { RoleAndLimitFields } from "./role-and-limit-fields";

/** Creates an account with a password the admin hands over (for people who cannot use an invite link). */
export function AddMemberForm() {
  const t = useTranslations("adminPage.addMember");
  const tm = useTranslations("adminPage.members");
  const nameProblem = useNameProblemText();
  const create = useCreateMember();
  const form = useFormSubmit({
    check: (fields) => nameProblem(formText(fields, "name")),
    send: async (fields, element) => {
      const text = (name: string) => formText(fields, name);
      const dailyLimit = parseDailyLimit(text("dailyLimit"));
      if (dailyLimit === "invalid") return { error: tm("limitInvalid") };
      const member = await create.mutateAsync({
        name: text("name"),
        email: text("email"),
        password: text("password"),
        role: Role.catch("member").parse(text("role")),
        dailyLimit,
      });
      element.reset();
      return { notice: t("added", { name: member.name }) };
    },
  });

  return (
    <form
      onSubmit={form.onSubmit}
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
      <FormFooter state={form} label={t("submit")} pendingLabel={t("adding")} />
    </form>
  );
}
