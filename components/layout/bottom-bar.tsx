"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

import type { ClientViewer } from "@/components/auth/viewer-context";
import { cn } from "@/components/common/cn";

import { NavIcon } from "./nav-icon";
import { navItems } from "./nav-items";
import { useActiveNavKey } from "./site-nav";
import { requestCompose } from "./studio-events";

const itemClass =
  "flex min-h-12 min-w-11 flex-1 flex-col items-center justify-center gap-0.5 rounded-lg px-0.5 text-[0.6875rem] leading-tight font-medium";

/**
 * Phone: the studio's places and the Create button, in thumb reach at the bottom (fixed, above the home
 * indicator). Create opens the composer on the home page; elsewhere it goes home and opens it there.
 */
export function BottomBar({ role }: { role: ClientViewer["role"] }) {
  const t = useTranslations("shell");
  const active = useActiveNavKey();
  const onHome = usePathname() === "/";
  const items = navItems(role).filter((item) => item.onPhone);
  // Create sits in the middle of the bar, where a thumb lands first.
  const half = Math.ceil(items.length / 2);

  const create = onHome ? (
    <button
      type="button"
      onClick={() => requestCompose()}
      aria-haspopup="dialog"
      data-testid="compose-open"
      className={cn(itemClass, "text-violet-700 dark:text-violet-300")}
    >
      <CreateMark />
      {t("create")}
    </button>
  ) : (
    <Link
      href="/?compose=1"
      data-testid="compose-open"
      className={cn(itemClass, "text-violet-700 dark:text-violet-300")}
    >
      <CreateMark />
      {t("create")}
    </Link>
  );

  const links = items.map((item) => (
    <li key={item.key} className="flex min-w-0 flex-1">
      <Link
        href={item.href}
        aria-current={active === item.key ? "page" : undefined}
        className={cn(
          itemClass,
          "text-zinc-600 dark:text-zinc-400",
          "aria-[current=page]:text-violet-800 dark:aria-[current=page]:text-violet-200",
        )}
      >
        <NavIcon name={item.key} />
        <span className="max-w-full truncate">{t(`nav.${item.key}`)}</span>
      </Link>
    </li>
  ));

  return (
    <nav
      aria-label={t("nav.label")}
      data-testid="bottom-bar"
      data-sticks-bottom
      className="fixed inset-x-0 bottom-0 z-30 border-t border-zinc-200 bg-white/95 px-1 pt-1 pb-[max(0.25rem,env(safe-area-inset-bottom))] backdrop-blur lg:hidden dark:border-zinc-800 dark:bg-zinc-950/95"
    >
      <ul className="mx-auto flex max-w-xl items-stretch">
        {links.slice(0, half)}
        <li className="flex min-w-0 flex-1">{create}</li>
        {links.slice(half)}
      </ul>
    </nav>
  );
}

function CreateMark() {
  return (
    <span
      aria-hidden
      className="flex size-6 items-center justify-center rounded-full bg-violet-600 text-white"
    >
      <NavIcon name="create" className="size-4" />
    </span>
  );
}
