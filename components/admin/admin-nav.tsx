"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";

const sections = [
  { href: "/admin", key: "navMembers" },
  { href: "/admin/invites", key: "navInvites" },
  { href: "/admin/upstream", key: "navConnection" },
  { href: "/admin/profiles", key: "navProfiles" },
  { href: "/admin/audit", key: "navAudit" },
] as const;

/**
 * The admin area's own navigation: a row of tabs on phones (scrolls sideways if a language needs the room), a
 * column beside the content on wide screens. Each section is its own page, so it has its own URL and history.
 */
export function AdminNav() {
  const t = useTranslations("adminPage");
  // Team memory's section names itself in its own namespace (teamMemory), so the nav asks both.
  const tm = useTranslations("teamMemory.admin");
  const pathname = usePathname();
  return (
    <nav aria-label={t("navLabel")} className="-mx-3 overflow-x-auto px-3 lg:mx-0 lg:px-0">
      <ul className="flex gap-1 lg:flex-col">
        {sections.map((section) => {
          const current = pathname === section.href;
          return (
            <li key={section.href} className="shrink-0">
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "flex min-h-11 items-center rounded-lg px-3 text-sm font-medium whitespace-nowrap hover:bg-zinc-100 dark:hover:bg-zinc-800",
                  current
                    ? "bg-violet-100 text-violet-900 hover:bg-violet-100 dark:bg-violet-950 dark:text-violet-100 dark:hover:bg-violet-950"
                    : "text-zinc-700 dark:text-zinc-300",
                )}
              >
                {section.key === "navProfiles" ? tm("nav") : t(section.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
