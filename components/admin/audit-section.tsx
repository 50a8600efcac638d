"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { LocalTime } from "@/components/common/local-time";
import { CardSection } from "@/components/ui/card-section";
import { ListEmpty, ListStates } from "@/components/ui/list-states";
import { adminQueries } from "@/lib/queries/admin";

import { auditSentence, type Translate } from "./audit-detail";

/** The newest 200 admin actions (the route's cap), each as a sentence in the page's language. */
export function AuditSection() {
  const t = useTranslations("adminPage.audit");
  const words = useTranslations("audit");
  const audit = useQuery(adminQueries.audit());
  // Only to put names on member targets ("Ada made Bob an admin"); a removed member gets a stand-in.
  const members = useQuery(adminQueries.members());
  const names = new Map((members.data ?? []).map((m) => [m.id, m.name]));
  // Keys are chosen at run time from what each entry recorded; the unit test checks every one exists.
  const translate: Translate = (key, values) => words(key as never, values as never);

  return (
    <CardSection id="audit" title={t("heading")} description={t("intro")}>
      <ListStates
        words={t}
        query={audit}
        empty={audit.data?.length === 0 ? <ListEmpty look="text">{t("empty")}</ListEmpty> : null}
      >
        <ol className="divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="audit-log">
          {audit.data?.map((entry) => {
            const target = (entry.target && names.get(entry.target)) || words("removedMember");
            return (
              <li
                key={entry.id}
                data-action={entry.action}
                className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 py-2.5 text-sm"
              >
                <p className="min-w-0 break-words">{auditSentence(entry, target, translate)}</p>
                <span className="text-xs text-zinc-500 dark:text-zinc-400">
                  <LocalTime iso={entry.createdAt} />
                </span>
              </li>
            );
          })}
        </ol>
      </ListStates>
    </CardSection>
  );
}
