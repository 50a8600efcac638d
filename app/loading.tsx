import { getTranslations } from "next-intl/server";

import { GallerySkeleton } from "@/components/gallery/gallery-skeleton";

export default async function Loading() {
  const t = await getTranslations("gallery");
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)] lg:items-start xl:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <div aria-hidden className="h-96 animate-pulse rounded-2xl bg-zinc-200/70 dark:bg-zinc-900" />
      <GallerySkeleton label={t("loading")} />
    </div>
  );
}
