import { cookies } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import type { ClientViewer } from "@/components/auth/viewer-context";

import { LanguageSwitch } from "./language-switch";
import { SimulatorBadge } from "./simulator-badge";
import { SiteNav } from "./site-nav";
import { parseTheme, THEME_COOKIE } from "./theme";
import { ThemeSwitch } from "./theme-switch";
import { UpstreamBanner } from "./upstream-banner";
import { UserMenu } from "./user-menu";

export async function SiteHeader({ simulator, viewer }: { simulator: boolean; viewer: ClientViewer | null }) {
  const [t, cookieStore] = await Promise.all([getTranslations("meta"), cookies()]);
  return (
    <header
      data-sticks-top
      className="sticky top-0 z-30 border-b border-zinc-200/80 bg-white/85 pt-[env(safe-area-inset-top)] backdrop-blur dark:border-zinc-800/80 dark:bg-zinc-950/85"
    >
      <div className="mx-auto flex h-14 max-w-screen-2xl items-center gap-2 px-3 sm:gap-3 sm:px-6">
        <Link
          href="/"
          // The title is hidden on phones, where the logo alone must still say where the link goes.
          aria-label={t("title")}
          className="flex min-h-11 min-w-11 shrink-0 items-center gap-2 rounded-md text-base font-semibold tracking-tight"
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG logo gains nothing from the image optimizer */}
          <img src="/icon.svg" alt="" width={28} height={28} className="size-7" />
          <span aria-hidden className="hidden whitespace-nowrap sm:inline">
            {t("title")}
          </span>
        </Link>
        {simulator ? <SimulatorBadge /> : null}
        {viewer ? <SiteNav role={viewer.role} /> : null}
        {/* min-w-0: on a narrow phone the language box gives way rather than the row widening the page. */}
        <div className="ml-auto flex min-w-0 items-center gap-1 sm:gap-2">
          <LanguageSwitch />
          <ThemeSwitch initial={parseTheme(cookieStore.get(THEME_COOKIE)?.value)} />
          {viewer ? <UserMenu viewer={viewer} /> : null}
        </div>
      </div>
      {/* Inside the sticky header so an outage notice stays in view while scrolling, on phones too. */}
      {viewer ? <UpstreamBanner /> : null}
    </header>
  );
}
