"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { apiFetch } from "@/lib/api-client";
import { upstreamBalanceKeys, upstreamBalanceQueries } from "@/lib/queries/team-memory";
import { UpstreamBalanceDto } from "@/lib/schemas/team-memory";

/** Admin: what the configured upstream says is left (money or fast time), or that it does not say. */
export function UpstreamBalance() {
  const t = useTranslations("teamMemory.balance");
  const format = useFormatter();
  const client = useQueryClient();
  const query = useQuery(upstreamBalanceQueries.current());
  const usd = (n: number | null) =>
    n === null ? "—" : format.number(n, { style: "currency", currency: "USD" });

  async function refresh() {
    // Past the server's one-minute cache, on request only.
    const fresh = await apiFetch("/api/admin/upstream-balance?fresh=1", {}, UpstreamBalanceDto);
    client.setQueryData(upstreamBalanceKeys.all, fresh);
  }

  const data = query.data;
  return (
    <CardSection id="upstream-balance" title={t("heading")} description={t("intro")}>
      <div data-testid="upstream-balance" data-status={data?.status ?? "loading"} aria-live="polite">
        {query.isPending ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("loading")}</p>
        ) : query.isError ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {t("failed")}
          </p>
        ) : data?.status === "billing" ? (
          <dl className="grid grid-cols-3 gap-3">
            <Figure label={t("remaining")} value={usd(data.remainingUsd)} />
            <Figure label={t("used")} value={usd(data.usedUsd)} />
            <Figure label={t("limit")} value={data.limitUsd === null ? t("noLimit") : usd(data.limitUsd)} />
          </dl>
        ) : data?.status === "fastTime" ? (
          <dl className="grid grid-cols-2 gap-3">
            <Figure label={t("fastHours")} value={t("hours", { hours: data.remainingHours })} />
            <Figure label={t("accounts")} value={String(data.accounts)} />
          </dl>
        ) : (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("unavailable")}</p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => void refresh()}>{t("refresh")}</Button>
        {data ? (
          <span className="text-xs text-zinc-600 dark:text-zinc-400">
            {t("checkedAt", { time: format.dateTime(new Date(data.checkedAt), { timeStyle: "medium" }) })}
          </span>
        ) : null}
      </div>
    </CardSection>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
