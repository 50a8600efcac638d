import { Icon } from "@/components/ui/icon";

import type { ButtonIconKey } from "./button-names";

// Drawn icons (not emoji): these buttons have no label, so a missing emoji font would leave them blank.
const paths: Record<ButtonIconKey, string> = {
  reroll: "M16 10a6 6 0 1 1-1.8-4.3M16 3.5v3.2h-3.2",
  panLeft: "M16 10H4m5-5-5 5 5 5",
  panRight: "M4 10h12m-5-5 5 5-5 5",
  panUp: "M10 16V4M5 9l5-5 5 5",
  panDown: "M10 4v12m-5-5 5 5 5-5",
  favorite: "M10 16.5s-6-3.6-6-8A3.3 3.3 0 0 1 10 6.3 3.3 3.3 0 0 1 16 8.5c0 4.4-6 8-6 8Z",
  zoom: "M8.5 14a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11Zm4-1.5L17 17M6.5 8.5h4",
  vary: "M4 16 13 7m1.5-3.5.5 1.5 1.5.5-1.5.5-.5 1.5-.5-1.5-1.5-.5 1.5-.5ZM6 4l.4 1.1L7.5 5.5l-1.1.4L6 7l-.4-1.1L4.5 5.5l1.1-.4Z",
  varyRegion: "M13.5 3.5l3 3-7.5 7.5H6v-3ZM4 17h12",
  upscale: "M4 16 16 4m0 0h-5m5 0v5M4 11v5h5",
  animate: "M3.5 5.5h13v9h-13Zm4 0v9m5-9v9M3.5 10h4m5 0h4",
  square: "M5 5h10v10H5ZM2.5 10h2m11 0h2",
  imagine: "M10 3v3m0 8v3M3 10h3m8 0h3M5.5 5.5l2 2m5 5 2 2m0-9-2 2m-5 5-2 2",
  details: "M4 5h12M4 10h12M4 15h7",
};

export function ButtonIcon({ name }: { name: ButtonIconKey }) {
  return <Icon d={paths[name]} className="size-5 shrink-0" strokeWidth={1.7} round />;
}
