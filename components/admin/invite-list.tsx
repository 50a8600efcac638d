"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";
import { LocalTime } from "@/components/common/local-time";
import { useErrorText } from "@/components/common/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ListEmpty, ListStates } from "@/components/ui/list-states";
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

  return (
    <ListStates
      words={t}
      query={invites}
      empty={invites.data?.length === 0 ? <ListEmpty look="text">{t("none")}</ListEmpty> : null}
    >
      <div className="space-y-2">
        <h3 className="font-semibold">{t("listHeading")}</h3>
        <Alert>{revoke.isError ? errorText(revoke.error) : null}</Alert>
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="invite-list">
          {invites.data?.map((invite) => (
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
                <Button
                  danger
                  className="ml-auto"
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(invite.id)}
                >
                  {t("revoke")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </ListStates>
  );
}
