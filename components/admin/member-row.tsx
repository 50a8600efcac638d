"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { Avatar } from "@/components/auth/avatar";
import { cn } from "@/components/common/cn";
import { useErrorText } from "@/components/common/use-error-text";
import { inputClass } from "@/components/ui/form-field";
import { useUpdateMember } from "@/lib/queries/admin";
import { type MemberDto, Role, type UpdateMemberInput } from "@/lib/schemas/account";

import { limitText, parseDailyLimit } from "./daily-limit";

/** Small field caption for compact controls whose accessible name comes from aria-label. */
const captionClass = "mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400";

/** One member with inline controls; each change is saved on its own, and the server's refusal shown here. */
export function MemberRow({ member, isSelf }: { member: MemberDto; isSelf: boolean }) {
  const t = useTranslations("adminPage.members");
  const errorText = useErrorText();
  const update = useUpdateMember(member.id);
  const save = (input: UpdateMemberInput) => update.mutate(input);

  return (
    <li
      data-member-id={member.id}
      className="rounded-xl border border-zinc-200 p-3 lg:grid lg:grid-cols-[minmax(0,1fr)_8rem_8rem_6rem_6rem] lg:items-center lg:gap-4 lg:rounded-none lg:border-0 lg:border-t lg:px-1 dark:border-zinc-800"
    >
      {/* A disabled member's avatar turns grey; the words keep full contrast (fading them would fail WCAG AA). */}
      <div className={cn("flex min-w-0 items-center gap-3", member.disabled && "[&>:first-child]:grayscale")}>
        <Avatar member={member} />
        <div className="min-w-0">
          <p className="flex items-center gap-2 font-medium">
            <span className="truncate">{member.name}</span>
            {isSelf ? (
              <span className="shrink-0 rounded bg-zinc-100 px-1.5 text-xs text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
                {t("you")}
              </span>
            ) : null}
          </p>
          <p className="text-sm break-all text-zinc-600 dark:text-zinc-400">{member.email}</p>
        </div>
      </div>

      <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4 lg:contents">
        <div>
          <span aria-hidden className={cn(captionClass, "lg:hidden")}>
            {t("role")}
          </span>
          <select
            aria-label={t("roleFor", { name: member.name })}
            value={member.role}
            disabled={update.isPending}
            onChange={(e) => {
              const role = Role.safeParse(e.target.value);
              if (role.success) save({ role: role.data });
            }}
            className={inputClass}
          >
            <option value="member">{t("roleMember")}</option>
            <option value="admin">{t("roleAdmin")}</option>
          </select>
        </div>
        <div>
          <span aria-hidden className={cn(captionClass, "lg:hidden")}>
            {t("dailyLimit")}
          </span>
          {/* Keyed by the saved value, so a successful save (or another admin's) resets the draft. */}
          <LimitInput
            key={limitText(member.dailyLimit)}
            member={member}
            disabled={update.isPending}
            onSave={(dailyLimit) => save({ dailyLimit })}
          />
        </div>
        <div>
          <span aria-hidden className={cn(captionClass, "lg:hidden")}>
            {t("usedToday")}
          </span>
          <p className="flex min-h-11 items-center text-sm tabular-nums" data-testid="used-today">
            {member.dailyLimit === null
              ? t("usedNoLimit", { used: member.usedToday })
              : t("usedOf", { used: member.usedToday, limit: member.dailyLimit })}
          </p>
        </div>
        <label className="flex min-h-11 cursor-pointer items-center gap-2 self-end text-sm lg:self-auto">
          <input
            type="checkbox"
            role="switch"
            checked={member.disabled}
            // The server refuses to lock out the admin who is asking; no point offering it.
            disabled={update.isPending || isSelf}
            onChange={(e) => save({ disabled: e.target.checked })}
            aria-label={t("disabledFor", { name: member.name })}
            className="size-5 accent-red-600"
          />
          <span aria-hidden>{t("disabled")}</span>
        </label>
      </div>

      <p aria-live="polite" className="text-sm empty:hidden lg:col-span-full">
        {update.isError ? (
          <span role="alert" className="text-red-700 dark:text-red-400">
            {errorText(update.error)}
          </span>
        ) : update.isPending ? (
          t("saving")
        ) : null}
      </p>
    </li>
  );
}

function LimitInput({
  member,
  disabled,
  onSave,
}: {
  member: MemberDto;
  disabled: boolean;
  onSave: (limit: number | null) => void;
}) {
  const t = useTranslations("adminPage.members");
  const [draft, setDraft] = useState(limitText(member.dailyLimit));
  const [invalid, setInvalid] = useState(false);

  const commit = () => {
    const parsed = parseDailyLimit(draft);
    setInvalid(parsed === "invalid");
    if (parsed !== "invalid" && parsed !== member.dailyLimit) onSave(parsed);
  };

  return (
    <>
      <input
        type="text"
        inputMode="numeric"
        value={draft}
        disabled={disabled}
        placeholder={t("noLimit")}
        aria-label={t("limitFor", { name: member.name })}
        aria-invalid={invalid}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          commit();
        }}
        className={cn(inputClass, "tabular-nums aria-invalid:border-red-500")}
      />
      {invalid ? (
        <span role="alert" className="mt-1 block text-xs text-red-700 dark:text-red-400">
          {t("limitInvalid")}
        </span>
      ) : null}
    </>
  );
}
