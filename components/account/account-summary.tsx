"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { Avatar } from "@/components/auth/avatar";
import { useViewer } from "@/components/auth/viewer-context";
import { accountQueries } from "@/lib/queries/account";

/** Who is signed in. Name and role are known at once; the e-mail arrives with /api/me. */
export function AccountSummary() {
  const t = useTranslations("accountPage.profile");
  const viewer = useViewer();
  const me = useQuery(accountQueries.me());
  const profile = me.data ?? viewer;

  return (
    <div className="flex items-start gap-4">
      <Avatar member={profile} />
      <dl className="grid min-w-0 flex-1 grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">{t("name")}</dt>
        <dd className="font-medium break-words">{profile.name}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">{t("email")}</dt>
        <dd className="break-all">{me.data ? me.data.email : "…"}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">{t("role")}</dt>
        <dd>{profile.role === "admin" ? t("roleAdmin") : t("roleMember")}</dd>
      </dl>
    </div>
  );
}
