import { cn } from "@/components/common/cn";
import { Icon } from "@/components/ui/icon";

/** The cover thumbnail, or a folder drawing for a collection without images yet. */
export function CollectionCover({ src, className }: { src: string | null; className?: string }) {
  return (
    <div className={cn("aspect-square overflow-hidden bg-zinc-100 dark:bg-zinc-800", className)}>
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element -- our image routes already serve sized thumbnails
        <img src={src} alt="" loading="lazy" decoding="async" className="size-full object-cover" />
      ) : (
        <div
          className="flex size-full items-center justify-center text-zinc-400 dark:text-zinc-600"
          aria-hidden
        >
          <Icon
            viewBox="0 0 24 24"
            className="size-10"
            strokeWidth={1.5}
            d="M3 7.5A1.5 1.5 0 0 1 4.5 6h4.3l2 2h8.7A1.5 1.5 0 0 1 21 9.5v8A1.5 1.5 0 0 1 19.5 19h-15A1.5 1.5 0 0 1 3 17.5v-10Z"
          />
        </div>
      )}
    </div>
  );
}
