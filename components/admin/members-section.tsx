"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { useViewer } from "@/components/auth/viewer-context";
import { CardSection } from "@/components/ui/card-section";
import { ListStates } from "@/components/ui/list-states";
import { adminQueries } from "@/lib/queries/admin";

import { AddMemberForm } from "./add-member-form";
import { MemberRow } from "./member-row";

export function MembersSection() {
  const t = useTranslations("adminPage.members");
  const viewer = useViewer();
  const members = useQuery(adminQueries.members());

  return (
    <CardSection id="members" title={t("heading")} description={t("intro")}>
      <ListStates words={t} query={members} empty={null}>
        <div>
          {/* Column titles for the wide layout only; every control carries its own accessible name. */}
          <div
            aria-hidden
            className="hidden gap-4 px-1 pb-2 text-xs font-medium text-zinc-500 lg:grid lg:grid-cols-[minmax(0,1fr)_8rem_8rem_6rem_6rem] dark:text-zinc-400"
          >
            <span>{t("member")}</span>
            <span>{t("role")}</span>
            <span>{t("dailyLimit")}</span>
            <span>{t("usedToday")}</span>
            <span>{t("disabled")}</span>
          </div>
          <ul className="space-y-3 lg:space-y-0" data-testid="member-list">
            {members.data?.map((member) => (
              <MemberRow key={member.id} member={member} isSelf={member.id === viewer.id} />
            ))}
          </ul>
          <p className="mt-3 text-xs text-zinc-500 dark:text-zinc-400">{t("limitHint")}</p>
        </div>
      </ListStates>
      <AddMemberForm />
    </CardSection>
  );
}
