/** Columns by the container's width, shared with the real grid so nothing jumps when tasks arrive. */
export const taskGridClass = "grid grid-cols-2 gap-3 @lg:grid-cols-3 @3xl:grid-cols-4 @6xl:grid-cols-5";

/** Placeholder tiles with the real grid's geometry, so the page does not jump when tasks arrive. */
export function GallerySkeleton({ count = 8, label }: { count?: number; label: string }) {
  return (
    <div role="status" aria-label={label} className="@container">
      <ul className={taskGridClass} aria-hidden>
        {Array.from({ length: count }, (_, i) => (
          <li
            key={i}
            className="overflow-hidden rounded-xl bg-white ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-800"
          >
            <div className="aspect-square animate-pulse bg-zinc-200 dark:bg-zinc-800" />
            <div className="space-y-2 p-2.5">
              <div className="h-3 w-11/12 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
              <div className="h-3 w-2/3 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
