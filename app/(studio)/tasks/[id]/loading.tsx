import { getTranslations } from "next-intl/server";

export default async function TaskLoading() {
  const t = await getTranslations("gallery");
  return (
    <div
      role="status"
      aria-label={t("loading")}
      className="grid gap-6 pt-15 lg:grid-cols-[minmax(0,1fr)_minmax(20rem,26rem)]"
    >
      <div className="aspect-square max-h-[calc(100dvh-8rem)] animate-pulse rounded-2xl bg-zinc-200 dark:bg-zinc-900" />
      <div className="space-y-3">
        <div className="h-6 w-1/2 animate-pulse rounded bg-zinc-200 dark:bg-zinc-900" />
        <div className="h-20 animate-pulse rounded bg-zinc-200 dark:bg-zinc-900" />
        <div className="h-24 animate-pulse rounded bg-zinc-200 dark:bg-zinc-900" />
      </div>
    </div>
  );
}
