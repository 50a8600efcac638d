import { useTranslations } from "next-intl";

/**
 * Hover tooltips do not exist on phones, so the badge is a button that opens the explanation as a native popover
 * (no JavaScript needed); the title attribute still gives desktop users the short version on hover.
 */
export function SimulatorBadge() {
  const t = useTranslations("header");
  return (
    <>
      <button
        type="button"
        popoverTarget="simulator-info"
        title={t("simulatorTitle")}
        data-testid="simulator-badge"
        className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-amber-300 bg-amber-100 px-2.5 text-xs font-semibold text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
      >
        <span aria-hidden className="size-1.5 rounded-full bg-amber-500" />
        {t("simulator")}
      </button>
      <div id="simulator-info" popover="auto" role="note">
        <p className="font-semibold">{t("simulatorTitle")}</p>
        <p className="mt-2">{t("simulatorHelp")}</p>
      </div>
    </>
  );
}
