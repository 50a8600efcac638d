import type { ReactNode } from "react";

import { SectionHeading } from "./heading";

/** The card's frame, for a region that brings its own heading (a form labelled by its own h2). */
export const cardClass =
  "min-w-0 space-y-4 rounded-2xl border border-zinc-200 bg-white p-4 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900";

/**
 * A titled card on a settings-like page (account, usage, admin). The h2 names the region, so screen readers and
 * tests can jump between sections; its id is `${id}-heading`.
 */
export function CardSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={cardClass}>
      <SectionHeading id={`${id}-heading`} title={title} intro={description} />
      {children}
    </section>
  );
}
