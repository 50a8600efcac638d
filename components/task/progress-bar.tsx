import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";

/** Determinate when the upstream reports a percentage, otherwise an indeterminate shimmer (queued, submitted). */
export function ProgressBar({
  progress,
  valueText,
  className,
}: {
  progress: number | null;
  valueText: string;
  className?: string;
}) {
  const t = useTranslations("status");
  return (
    <div
      role="progressbar"
      aria-label={t("progress")}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={progress ?? undefined}
      aria-valuetext={valueText}
      className={cn(
        "relative h-1.5 w-full overflow-hidden rounded-full bg-zinc-900/15 dark:bg-white/15",
        className,
      )}
    >
      {progress === null ? (
        <div className="animate-indeterminate absolute inset-y-0 w-2/5 rounded-full bg-violet-500" />
      ) : (
        <div
          className="h-full rounded-full bg-violet-500 transition-[width] duration-500"
          style={{ width: `${progress}%` }}
        />
      )}
    </div>
  );
}
