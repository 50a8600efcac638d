import { Icon } from "@/components/ui/icon";

import type { NavKey } from "./nav-items";

/** Outline icons on the 20 px grid for the navigation, the Create button and the theme switch. */
const paths: Record<NavKey | "create" | "light" | "dark" | "system" | "close", string> = {
  // A framed picture: the gallery.
  studio: "M3 4.5h14v11H3zM3 13l4-4 3 3 2.5-2.5L17 14",
  favorites: "m10 3 2.1 4.3 4.7.7-3.4 3.3.8 4.7L10 13.8 5.8 16l.8-4.7L3.2 8l4.7-.7z",
  // Stacked cards: collections.
  organize: "M4 7.5h12v9H4zM5.5 5h9M7 2.5h6",
  usage: "M3.5 16.5h13M5.5 16.5v-5M10 16.5V4M14.5 16.5V8",
  trash: "M3.5 5.5h13M8 5.5V3.5h4v2M5 5.5l.9 11h8.2l.9-11M8.5 8.5v5M11.5 8.5v5",
  admin:
    "M10 7a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM10 2.5v2M10 15.5v2M17.5 10h-2M4.5 10h-2M15.3 4.7l-1.4 1.4M6.1 13.9l-1.4 1.4M15.3 15.3l-1.4-1.4M6.1 6.1 4.7 4.7",
  create: "M10 4v12M4 10h12",
  light:
    "M10 6.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zM10 1.5v2M10 16.5v2M18.5 10h-2M3.5 10h-2M16 4l-1.4 1.4M5.4 14.6 4 16M16 16l-1.4-1.4M5.4 5.4 4 4",
  dark: "M16.5 12.5A7 7 0 0 1 7.5 3.5a7 7 0 1 0 9 9z",
  system: "M2.5 4h15v9.5h-15zM7 16.5h6M10 13.5v3",
  close: "M5 5l10 10M15 5 5 15",
};

export function NavIcon({ name, className = "size-5" }: { name: keyof typeof paths; className?: string }) {
  return <Icon d={paths[name]} className={className} strokeWidth={1.6} round />;
}
