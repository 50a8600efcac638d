"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import {
  FormError,
  FormField,
  inputClass,
  primaryButtonClass,
  secondaryButtonClass,
} from "@/components/auth/form-field";
import { useErrorText } from "@/components/common/use-error-text";
import { CopyButton } from "@/components/task/copy-button";
import { formText } from "@/lib/form-text";
import { useCreateInvite } from "@/lib/queries/admin";
import { type CreatedInviteDto, Role } from "@/lib/schemas/account";

import { parseDailyLimit } from "./daily-limit";
import { RoleAndLimitFields } from "./role-and-limit-fields";

const DEFAULT_EXPIRY_DAYS = 7;

export function InviteForm() {
  const t = useTranslations("adminPage.invites");
  const tm = useTranslations("adminPage.members");
  const errorText = useErrorText();
  const create = useCreateInvite();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedInviteDto | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const dailyLimit = parseDailyLimit(formText(form, "dailyLimit"));
    const days = Number(form.get("expiresInDays"));
    const problem =
      dailyLimit === "invalid"
        ? tm("limitInvalid")
        : !Number.isInteger(days) || days < 1 || days > 30
          ? t("expiryInvalid")
          : null;
    setError(problem);
    setCreated(null);
    if (dailyLimit === "invalid" || problem) return;
    create.mutate(
      {
        role: Role.catch("member").parse(form.get("role")),
        dailyLimit,
        expiresInDays: days,
      },
      { onSuccess: setCreated, onError: (e) => setError(errorText(e)) },
    );
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} aria-label={t("formLabel")} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <RoleAndLimitFields />
          <FormField
            label={t("expiresInDays")}
            name="expiresInDays"
            type="number"
            min={1}
            max={30}
            step={1}
            required
            defaultValue={DEFAULT_EXPIRY_DAYS}
            hint={t("expiresHint")}
          />
        </div>
        <FormError message={error} />
        <button type="submit" className={primaryButtonClass} disabled={create.isPending}>
          {create.isPending ? t("creating") : t("create")}
        </button>
      </form>
      {created ? <CreatedLink invite={created} onDismiss={() => setCreated(null)} /> : null}
    </div>
  );
}

/** Only a hash of the token is stored, so this response is the one chance to copy the link. */
function CreatedLink({ invite, onDismiss }: { invite: CreatedInviteDto; onDismiss: () => void }) {
  const t = useTranslations("adminPage.invites");
  return (
    <div
      role="status"
      className="space-y-3 rounded-xl border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-900 dark:bg-emerald-950/40"
    >
      <p className="text-sm font-semibold">{t("createdTitle")}</p>
      <input
        readOnly
        value={invite.url}
        aria-label={t("linkLabel")}
        onFocus={(e) => e.currentTarget.select()}
        className={`${inputClass} font-mono text-sm`}
      />
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("shownOnce")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <CopyButton text={invite.url} label={t("copyLink")} />
        <button type="button" className={secondaryButtonClass} onClick={onDismiss}>
          {t("dismiss")}
        </button>
      </div>
    </div>
  );
}
