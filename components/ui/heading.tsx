import { cn } from "@/components/common/cn";

/** An h2 with a line of help under it; forms that are their own region pass the id they are labelled by. */
export function SectionHeading({
  id,
  title,
  intro,
}: {
  id: string;
  title: string;
  intro?: string | undefined;
}) {
  return (
    <div className="space-y-1">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {intro ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{intro}</p> : null}
    </div>
  );
}

/** A page's h1, with an optional line saying what the page is for. */
export function PageHeading({
  title,
  intro,
  className,
}: {
  title: string;
  intro?: string;
  className?: string;
}) {
  const heading = <h1 className={cn("text-2xl font-semibold tracking-tight", className)}>{title}</h1>;
  if (!intro) return heading;
  return (
    <div className="space-y-1">
      {heading}
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{intro}</p>
    </div>
  );
}
