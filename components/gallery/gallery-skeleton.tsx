import { tileFlexStyle } from "./justify";

/**
 * Justified rows (justify.ts): a flex row per line, the target height set per container width (about 140 px
 * on a phone, 240 px on a desktop) and how far a short row may grow. The ::after takes the last row's free space, so that row is not stretched.
 */
export const justifiedGridClass =
  "flex flex-wrap gap-1.5 [--tile-row-growth:1.8] [--tile-row-h:8.75rem] @lg:[--tile-row-growth:1.45] @lg:[--tile-row-h:11rem] @3xl:gap-2 @3xl:[--tile-row-h:15rem] after:grow-[1000000] after:content-['']";

// Mixed shapes, so the placeholder already looks like the gallery it stands for.
const SKELETON_ASPECTS = [1, 1.5, 0.67, 1.78, 1, 0.8, 1.33, 1];

/** Placeholder tiles with the real grid's geometry, so the page does not jump when tasks arrive. */
export function GallerySkeleton({ count = 8, label }: { count?: number; label: string }) {
  return (
    <div role="status" aria-label={label} className="@container">
      <ul className={justifiedGridClass} aria-hidden>
        {Array.from({ length: count }, (_, i) => {
          const aspect = SKELETON_ASPECTS[i % SKELETON_ASPECTS.length] ?? 1;
          return (
            <li key={i} className="min-w-0" style={tileFlexStyle(aspect)}>
              <div
                className="animate-pulse rounded-xl bg-zinc-200 dark:bg-zinc-800"
                style={{ aspectRatio: String(aspect) }}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
