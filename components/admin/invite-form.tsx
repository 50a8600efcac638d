"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { CopyButton } from "@/components/task/copy-button";
import { Button } from "@/components/ui/button";
import { FormField, inputClass } from "@/components/ui/form-field";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { formText } from "@/lib/form-text";
import { useCreateInvite } from "@/lib/queries/admin";
import { type CreatedInviteDto, Role } from "@/lib/schemas/account";

import { parseDailyLimit } from "./daily-limit";
import { RoleAndLimitFields } from "./role-and-limit-fields";

const DEFAULT_EXPIRY_DAYS = 7;

export function InviteForm() {
  const t = useTranslations("adminPage.invites");
  const tm = useTranslations("adminPage.members");
  const create = useCreateInvite();
  const [created, setCreated] = useState<CreatedInviteDto | null>(null);
  const form = useFormSubmit({
    send: async (fields) => {
      setCreated(null);
      const dailyLimit = parseDailyLimit(formText(fields, "dailyLimit"));
      const days = Number(fields.get("expiresInDays"));
      if (dailyLimit === "invalid") return { error: tm("limitInvalid") };
      if (!Number.isInteger(days) || days < 1 || days > 30) return { error: t("expiryInvalid") };
      setCreated(
        await create.mutateAsync({
          role: Role.catch("member").parse(fields.get("role")),
          dailyLimit,
          expiresInDays: days,
        }),
      );
    },
  });

  return (
    <div className="space-y-4">
      <form onSubmit={form.onSubmit} aria-label={t("formLabel")} className="space-y-4">
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
        <FormFooter state={form} label={t("create")} pendingLabel={t("creating")} />
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
        <Button onClick={onDismiss}>{t("dismiss")}</Button>
      </div>
    </div>
  );
}
