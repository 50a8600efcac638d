"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { secondaryButtonClass } from "@/components/auth/form-field";
import { cn } from "@/components/common/cn";
import { LocalTime } from "@/components/common/local-time";
import { useErrorText } from "@/components/common/use-error-text";
import { adminQueries, useRevokeInvite } from "@/lib/queries/admin";
import type { InviteDto } from "@/lib/schemas/account";

const stateClass: Record<InviteDto["state"], string> = {
  open: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  used: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  expired: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300",
  revoked: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300",
};

export function InviteList() {
  const t = useTranslations("adminPage.invites");
  const tm = useTranslations("adminPage.members");
  const errorText = useErrorText();
  const invites = useQuery(adminQueries.invites());
  const revoke = useRevokeInvite();

  if (invites.isPending) return <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("loading")}</p>;
  if (invites.isError)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        {t("loadFailed", { message: errorText(invites.error) })}
      </p>
    );
  if (invites.data.length === 0)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("none")}</p>;

  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{t("listHeading")}</h3>
      {revoke.isError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {errorText(revoke.error)}
        </p>
      ) : null}
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="invite-list">
        {invites.data.map((invite) => (
          <li
            key={invite.id}
            data-invite-id={invite.id}
            className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3 text-sm"
          >
            <span className={cn("rounded-md px-2 py-0.5 text-xs font-semibold", stateClass[invite.state])}>
              {t(`states.${invite.state}`)}
            </span>
            <span>{invite.role === "admin" ? tm("roleAdmin") : tm("roleMember")}</span>
            <span className="text-zinc-600 dark:text-zinc-400">
              {invite.dailyLimit === null ? tm("noLimit") : t("limit", { limit: invite.dailyLimit })}
            </span>
            <span className="text-zinc-600 dark:text-zinc-400">
              {invite.state === "used" ? (
                t("usedBy", { name: invite.usedByName ?? t("unknownMember") })
              ) : (
                <>
                  {t("expires")} <LocalTime iso={invite.expiresAt} />
                </>
              )}
            </span>
            {invite.state === "open" ? (
              <button
                type="button"
                className={cn(secondaryButtonClass, "ml-auto text-red-700 dark:text-red-400")}
                disabled={revoke.isPending}
                onClick={() => revoke.mutate(invite.id)}
              >
                {t("revoke")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
