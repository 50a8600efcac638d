"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { LocalTime } from "@/components/common/local-time";
import { CardSection } from "@/components/ui/card-section";
import { ListEmpty, ListStates } from "@/components/ui/list-states";
import { adminQueries } from "@/lib/queries/admin";
import type en from "@/messages/en.json";

import { auditActionKey, summarizeDetail } from "./audit-detail";

type AuditActionKey = keyof (typeof en)["adminPage"]["audit"]["actions"];

/** The newest 200 admin actions (the route's cap). Targets that are member ids are shown by name. */
export function AuditSection() {
  const t = useTranslations("adminPage.audit");
  const audit = useQuery(adminQueries.audit());
  // Already loaded by the members section; used only to put names on member targets.
  const members = useQuery(adminQueries.members());
  const names = new Map((members.data ?? []).map((m) => [m.id, m.name]));
  const actionWords = (action: string) => {
    // Checked at run time: actions added on the server later still show, as they are written.
    const key = auditActionKey(action) as `actions.${AuditActionKey}`;
    return t.has(key) ? t(key) : action;
  };

  return (
    <CardSection id="audit" title={t("heading")} description={t("intro")}>
      <ListStates
        words={t}
        query={audit}
        empty={audit.data?.length === 0 ? <ListEmpty look="text">{t("empty")}</ListEmpty> : null}
      >
        <ol className="divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="audit-log">
          {audit.data?.map((entry) => {
            const detail = summarizeDetail(entry.detail);
            const target = entry.target ? (names.get(entry.target) ?? entry.target) : null;
            return (
              <li key={entry.id} className="space-y-0.5 py-2.5 text-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <p>
                    <span className="font-medium">{entry.actorName}</span>{" "}
                    <span className="text-zinc-700 dark:text-zinc-300">{actionWords(entry.action)}</span>
                    {target ? (
                      <>
                        {" · "}
                        <span className="break-all">{target}</span>
                      </>
                    ) : null}
                  </p>
                  <span className="text-xs text-zinc-500 dark:text-zinc-400">
                    <LocalTime iso={entry.createdAt} />
                  </span>
                </div>
                {detail ? (
                  <p className="text-xs break-words text-zinc-500 dark:text-zinc-400">{detail}</p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </ListStates>
    </CardSection>
  );
}
