"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

import type { ClientViewer } from "@/components/auth/viewer-context";
import { cn } from "@/components/common/cn";

import { NavIcon } from "./nav-icon";
import { activeNavKey, type NavKey, navItems } from "./nav-items";

/** The current place; the gallery's favorites filter lives in the URL, so it is read from the search params. */
export function useActiveNavKey(): NavKey | null {
  const pathname = usePathname();
  const favorites = useSearchParams().get("favorites");
  return activeNavKey(pathname, favorites === "1" || favorites === "true");
}

/** Desktop: the studio's places as links in the header (the phone shows them in the bottom bar). */
export function SiteNav({ role }: { role: ClientViewer["role"] }) {
  const t = useTranslations("shell.nav");
  const active = useActiveNavKey();
  return (
    <nav aria-label={t("label")} className="hidden lg:block" data-testid="site-nav">
      <ul className="flex items-center gap-1">
        {navItems(role).map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={active === item.key ? "page" : undefined}
              className={cn(
                "flex min-h-11 items-center gap-1.5 rounded-lg px-2.5 text-sm font-medium whitespace-nowrap",
                "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800",
                "aria-[current=page]:bg-violet-100 aria-[current=page]:text-violet-900 dark:aria-[current=page]:bg-violet-950 dark:aria-[current=page]:text-violet-100",
              )}
            >
              <NavIcon name={item.key} className="size-4.5" />
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
