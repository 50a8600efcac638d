import { cn } from "@/components/common/cn";

// Initials on a colour derived from the member id: stable across sessions and devices, no uploads to store.
// 30 % lightness keeps white initials above 4.5:1 on every hue (the yellow-green one is the lightest).
const HUES = [12, 35, 95, 150, 190, 215, 250, 285, 320, 345];

function hueOf(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return HUES[hash % HUES.length] ?? 215;
}

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const first = Array.from(words[0] ?? "")[0] ?? "";
  const last = words.length > 1 ? (Array.from(words.at(-1) ?? "")[0] ?? "") : "";
  return (first + last).toUpperCase();
}

export function Avatar({
  member,
  size = "md",
  className,
}: {
  member: { id: string; name: string };
  size?: "sm" | "md";
  className?: string;
}) {
  return (
    <span
      aria-hidden
      className={cn(
        "inline-flex shrink-0 items-center justify-center rounded-full font-semibold text-white select-none",
        size === "sm" ? "size-6 text-[0.65rem]" : "size-8 text-xs",
        className,
      )}
      style={{ backgroundColor: `hsl(${hueOf(member.id)} 55% 30%)` }}
    >
      {initialsOf(member.name)}
    </span>
  );
}
