// The studio's places, shown in the desktop header and the phone's bottom bar (not only in the avatar menu).
import type { ClientViewer } from "@/components/auth/viewer-context";

export type NavKey = "studio" | "favorites" | "organize" | "usage" | "trash" | "admin";

export interface NavItem {
  key: NavKey;
  href: string;
  /** The phone's bar has room for five or six targets of 44 px; favorites stay in the gallery's filter row there. */
  onPhone: boolean;
}

/** Trash and admin pages are admin-only on the server (requirePageViewer(…, "admin")): members never see them. */
export function navItems(role: ClientViewer["role"]): NavItem[] {
  const items: NavItem[] = [
    { key: "studio", href: "/", onPhone: true },
    { key: "favorites", href: "/?favorites=1", onPhone: false },
    { key: "organize", href: "/collections", onPhone: true },
    { key: "usage", href: "/usage", onPhone: true },
  ];
  if (role === "admin") {
    items.push(
      { key: "trash", href: "/trash", onPhone: true },
      { key: "admin", href: "/admin", onPhone: true },
    );
  }
  return items;
}

/** Which item is the current page; the gallery with its favorites filter on counts as Favorites, not Studio. */
export function activeNavKey(pathname: string, favorites: boolean): NavKey | null {
  if (pathname === "/") return favorites ? "favorites" : "studio";
  const section = pathname.split("/")[1];
  if (section === "collections") return "organize";
  if (section === "usage" || section === "trash" || section === "admin") return section;
  return null;
}
