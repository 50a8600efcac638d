"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { LocalTime } from "@/components/common/local-time";
import { ListStates } from "@/components/ui/list-states";
import { accountQueries } from "@/lib/queries/account";
import type { MeDto } from "@/lib/schemas/account";

/** "3 of 10 today, resets at …" for the signed-in member, from /api/me. */
export function TodayUsage() {
  const t = useTranslations("usagePage.today");
  const me = useQuery(accountQueries.me());

  return (
    <ListStates words={t} query={me} empty={null}>
      {me.data ? <UsageMeter usage={me.data.usage} /> : null}
    </ListStates>
  );
}

function UsageMeter({ usage: { used, limit, resetsAt } }: { usage: MeDto["usage"] }) {
  const t = useTranslations("usagePage.today");
  const reached = limit !== null && used >= limit;
  return (
    <div data-testid="today-usage" className="space-y-2">
      <p className="text-base">
        {limit === null
          ? t("noLimit", { used })
          : t.rich("ofLimit", {
              used,
              limit,
              strong: (chunks) => <strong className="font-semibold">{chunks}</strong>,
            })}
      </p>
      {limit !== null ? (
        <>
          <div
            role="progressbar"
            aria-label={t("meterLabel")}
            aria-valuemin={0}
            aria-valuemax={limit}
            aria-valuenow={Math.min(used, limit)}
            className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
          >
            <div
              className={reached ? "h-full bg-red-600" : "h-full bg-violet-600"}
              style={{ width: `${limit === 0 ? 100 : Math.min(100, (used / limit) * 100)}%` }}
            />
          </div>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {reached ? t("reached") : null} {t("resetsAt")} <LocalTime iso={resetsAt} />
          </p>
        </>
      ) : null}
    </div>
  );
}
