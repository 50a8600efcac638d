"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";

import { Icon } from "@/components/ui/icon";
import { isAppLocale, LOCALE_COOKIE, locales } from "@/i18n/locales";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export function LanguageSwitch() {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(next: string) {
    if (!isAppLocale(next) || next === locale) return;
    // No locale in the URL: the cookie is read by i18n/request.ts on the next server render.
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
    startTransition(() => router.refresh());
  }

  return (
    <label className="flex min-w-0 items-center gap-2">
      <span className="sr-only">{t("header.language")}</span>
      <Icon className="hidden size-5 text-zinc-500 sm:block" strokeWidth={1.5}>
        <circle cx="10" cy="10" r="7.5" />
        <path d="M2.5 10h15M10 2.5c2.2 2.2 3 4.7 3 7.5s-.8 5.3-3 7.5M10 2.5C7.8 4.7 7 7.2 7 10s.8 5.3 3 7.5" />
      </Icon>
      <select
        value={locale}
        onChange={(event) => choose(event.target.value)}
        aria-busy={pending}
        data-testid="language-switch"
        className="min-h-11 max-w-32 min-w-0 rounded-lg border border-zinc-300 bg-white py-1 pr-7 pl-2 text-base aria-busy:opacity-60 dark:border-zinc-700 dark:bg-zinc-900"
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
