"use client";

import { useTranslations } from "next-intl";

import { useErrorText } from "@/components/common/use-error-text";
import type { ConnectionTestResultDto } from "@/lib/schemas/admin-settings";

export type LastAction =
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "save-failed"; error: unknown }
  | { kind: "testing" }
  | { kind: "tested"; result: ConnectionTestResultDto }
  | { kind: "test-failed"; error: unknown };

/** One live region for both buttons: it tells the outcome of whichever was pressed last. */
export function UpstreamStatusLine({ last }: { last: LastAction | null }) {
  return (
    <div role="status" aria-live="polite" className="min-h-6 text-sm">
      {last ? <Line last={last} /> : null}
    </div>
  );
}

function Line({ last }: { last: LastAction }) {
  const t = useTranslations("adminSettings");
  const errorText = useErrorText();
  const muted = "text-zinc-600 dark:text-zinc-400";
  const bad = "font-medium text-red-700 dark:text-red-400";
  switch (last.kind) {
    case "saving":
      return <p className={muted}>{t("saving")}</p>;
    case "saved":
      return <p className="text-emerald-700 dark:text-emerald-400">{t("saved")}</p>;
    case "save-failed":
      return <p className={bad}>{t("saveFailed", { message: errorText(last.error) })}</p>;
    case "testing":
      return <p className={muted}>{t("testing")}</p>;
    case "test-failed":
      return <p className={bad}>{t("testFailed", { message: errorText(last.error) })}</p>;
    case "tested": {
      const r = last.result;
      const facts = [
        r.httpStatus !== null ? t("result.http", { status: r.httpStatus }) : null,
        r.detail,
        r.latencyMs !== null ? t("result.latency", { ms: r.latencyMs }) : null,
      ].filter(Boolean);
      return (
        <p className={r.ok ? "text-emerald-700 dark:text-emerald-400" : bad}>
          {t(`result.${r.reason}`)}
          {facts.length ? <span className={`ml-1 font-normal ${muted}`}>({facts.join(" · ")})</span> : null}
          {r.keyWithheld ? (
            <span className={`block font-normal ${muted}`}>{t("result.keyWithheld")}</span>
          ) : null}
        </p>
      );
    }
  }
}
