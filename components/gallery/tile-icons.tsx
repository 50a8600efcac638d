import { Icon } from "@/components/ui/icon";

// Drawn on the 20 px grid of components/ui/icon.tsx; decorative, the control around each carries the name.
const paths = {
  reuse: "M4 8a6 6 0 0 1 10.5-3.5L16 6M16 2.5V6h-3.5M16 12a6 6 0 0 1-10.5 3.5L4 14m0 3.5V14h3.5",
  download: "M10 3v9m-4-4 4 4 4-4M4 15v2h12v-2",
  select: "M10 17.5a7.5 7.5 0 1 0 0-15 7.5 7.5 0 0 0 0 15Zm-3.5-7.5 2.5 2.5 4.5-5",
  more: "M5 10h.01M10 10h.01M15 10h.01",
  open: "M11 4h5v5m0-5-7 7M8 5H4v11h11v-4",
  close: "m5 5 10 10M15 5 5 15",
  star: "m10 3 2.2 4.5 4.9.7-3.6 3.4.9 4.9L10 14.2l-4.4 2.3.9-4.9L2.9 8.2l4.9-.7Z",
  folder: "M2.5 5.5h5l1.5 2h8.5v8.5h-15Z",
  trash: "M4 6h12M8 6V4h4v2m-6 0 .7 10h6.6L14 6",
} as const;

export type TileIconName = keyof typeof paths;

export function TileIcon({ name, className = "size-5" }: { name: TileIconName; className?: string }) {
  return <Icon d={paths[name]} className={className} strokeWidth={name === "more" ? 3 : 1.8} round />;
}
