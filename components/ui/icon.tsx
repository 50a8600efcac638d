import type { ReactNode } from "react";

interface Props {
  /** One path; for icons of several shapes pass them as children instead. */
  d?: string;
  children?: ReactNode;
  className?: string;
  /** Our icons are drawn on a 20 px grid; a few older ones on 24 px. */
  viewBox?: "0 0 20 20" | "0 0 24 24";
  strokeWidth?: number;
  /** Rounded line ends and joins, for icons made of open strokes. */
  round?: boolean;
}

/**
 * A drawn outline icon in the text colour, always decorative (the control around it carries the name). Drawn
 * instead of emoji: Linux desktops and kiosk browsers often lack a colour-emoji font.
 */
export function Icon({
  d,
  children,
  className = "size-5",
  viewBox = "0 0 20 20",
  strokeWidth = 1.8,
  round,
}: Props) {
  return (
    <svg
      aria-hidden
      viewBox={viewBox}
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap={round ? "round" : undefined}
      strokeLinejoin={round ? "round" : undefined}
    >
      {d ? <path d={d} /> : children}
    </svg>
  );
}
