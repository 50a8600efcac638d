"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useId, useRef, useState } from "react";

import { Avatar } from "@/components/auth/avatar";
import type { ClientViewer } from "@/components/auth/viewer-context";
import { postJson } from "@/lib/api-client";

import { useDismiss } from "./use-dismiss";

const itemClass =
  "flex min-h-11 items-center rounded-lg px-3 text-sm hover:bg-zinc-100 focus-visible:bg-zinc-100 dark:hover:bg-zinc-800 dark:focus-visible:bg-zinc-800";

/** The member's menu: name and role, the account page and sign out. One menu for desktop and phone. */
export function UserMenu({ viewer }: { viewer: ClientViewer }) {
  const t = useTranslations("nav");
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useDismiss(
    open,
    rootRef,
    useCallback(() => setOpen(false), []),
  );

  async function signOut() {
    setSigningOut(true);
    // Signed out or not, the page leaves: a failed request changes nothing the member could act on.
    await postJson("/api/auth/sign-out", {});
    // A full navigation drops every cached query of the signed-out member.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load drops the previous session\'s cached data
    window.location.assign("/sign-in");
  }

  // The studio's places are in the header (desktop) and the bottom bar (phone); this menu is the account's.
  const links: { href: string; label: string }[] = [{ href: "/account", label: t("account") }];

  return (
    <div ref={rootRef} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        data-testid="user-menu"
        onClick={() => setOpen((v) => !v)}
        className="flex min-h-11 items-center gap-2 rounded-full py-1 pr-1 pl-1 hover:bg-zinc-100 sm:pr-3 dark:hover:bg-zinc-800"
      >
        <Avatar member={viewer} />
        {/* The button's name is the member's name (read on phones too), matching what it shows. */}
        <span className="sr-only max-w-40 truncate text-sm font-medium sm:not-sr-only">{viewer.name}</span>
      </button>
      {open ? (
        <nav
          id={menuId}
          aria-label={t("label")}
          className="absolute right-0 z-40 mt-2 w-64 rounded-xl border border-zinc-200 bg-white p-2 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          <p className="truncate px-3 pt-1 pb-2 text-xs text-zinc-500 dark:text-zinc-400">
            {viewer.name} · {viewer.role === "admin" ? t("roleAdmin") : t("roleMember")}
          </p>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={itemClass} onClick={() => setOpen(false)}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
          <div className="my-2 border-t border-zinc-200 dark:border-zinc-700" />
          <button
            type="button"
            onClick={() => void signOut()}
            disabled={signingOut}
            className={`${itemClass} w-full text-left text-red-700 dark:text-red-400`}
          >
            {t("signOut")}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
