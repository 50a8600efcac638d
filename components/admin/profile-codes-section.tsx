"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { FormField, inputClass } from "@/components/ui/form-field";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { formText } from "@/lib/form-text";
import { profileCodeQueries, useCreateProfileCode, useDeleteProfileCode } from "@/lib/queries/team-memory";
import {
  MAX_PROFILE_CODE_LENGTH,
  MAX_PROFILE_NAME_LENGTH,
  MAX_PROFILE_NOTE_LENGTH,
  PROFILE_CODE_PATTERN,
  ProfileKind,
} from "@/lib/schemas/team-memory";

/** Admin: the team's named personalization and moodboard codes, offered to members in the params panel. */
export function ProfileCodesSection() {
  const t = useTranslations("teamMemory.codes");
  const list = useQuery(profileCodeQueries.list());
  const remove = useDeleteProfileCode();
  return (
    <CardSection id="profile-codes" title={t("heading")} description={t("intro")}>
      <ProfileCodeForm />
      {list.data && list.data.length > 0 ? (
        <ul aria-label={t("listLabel")} className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {list.data.map((code) => (
            <li
              key={code.id}
              data-code={code.code}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2"
            >
              <span className="min-w-0 flex-1">
                <span className="block font-medium break-words">{code.name}</span>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                  <code className="font-mono">--p {code.code}</code> · {t(`kind.${code.kind}`)}
                  {code.note ? ` · ${code.note}` : ""}
                </span>
              </span>
              <Button
                danger
                disabled={remove.isPending}
                onClick={() => remove.mutate(code.id)}
                aria-label={t("deleteNamed", { name: code.name })}
              >
                {t("delete")}
              </Button>
            </li>
          ))}
        </ul>
      ) : list.isSuccess ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("empty")}</p>
      ) : null}
    </CardSection>
  );
}

function ProfileCodeForm() {
  const t = useTranslations("teamMemory.codes");
  const create = useCreateProfileCode();
  const form = useFormSubmit({
    check: (fields) => (PROFILE_CODE_PATTERN.test(formText(fields, "code").trim()) ? null : t("codeInvalid")),
    send: async (fields, element) => {
      const note = formText(fields, "note").trim();
      const created = await create.mutateAsync({
        name: formText(fields, "name").trim(),
        code: formText(fields, "code").trim(),
        kind: ProfileKind.catch("personalization").parse(fields.get("kind")),
        ...(note ? { note } : {}),
      });
      element.reset();
      return { notice: t("added", { name: created.name }) };
    },
  });
  return (
    <form onSubmit={form.onSubmit} aria-label={t("formLabel")} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label={t("name")}
          name="name"
          required
          maxLength={MAX_PROFILE_NAME_LENGTH}
          autoComplete="off"
        />
        <FormField
          label={t("code")}
          name="code"
          required
          maxLength={MAX_PROFILE_CODE_LENGTH}
          autoComplete="off"
          spellCheck={false}
          hint={t("codeHint")}
        />
        <label className="block">
          <span className="mb-1 block text-sm font-medium">{t("kindLabel")}</span>
          <select name="kind" defaultValue="personalization" className={inputClass}>
            <option value="personalization">{t("kind.personalization")}</option>
            <option value="moodboard">{t("kind.moodboard")}</option>
          </select>
        </label>
        <FormField label={t("note")} name="note" maxLength={MAX_PROFILE_NOTE_LENGTH} autoComplete="off" />
      </div>
      <FormFooter state={form} label={t("add")} pendingLabel={t("adding")} />
    </form>
  );
}
