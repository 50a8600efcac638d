"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef } from "react";

/** The parts of an infinite query that paging needs. */
interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: (options: { cancelRefetch: boolean }) => Promise<unknown>;
  data: { pages: readonly unknown[] } | undefined;
}

/** Infinite scroll via an IntersectionObserver sentinel, with a real button for keyboards and old browsers. */
export function LoadMore({ query }: { query: PagedQuery }) {
  const t = useTranslations("gallery");
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  // Changes after every loaded page, so a sentinel that is still on screen triggers again.
  const pageCount = query.data?.pages.length ?? 0;
  // A page already on its way is not asked for again.
  const onLoadMore = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);

  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasNextPage || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onLoadMore();
      },
      { rootMargin: "800px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasNextPage, onLoadMore, pageCount]);

  if (!hasNextPage) return null;
  return (
    <div ref={sentinel} className="flex justify-center py-6">
      <button
        type="button"
        onClick={onLoadMore}
        disabled={isFetchingNextPage}
        className="min-h-11 rounded-lg border border-zinc-300 bg-white px-5 text-sm font-medium disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900"
      >
        {isFetchingNextPage ? t("loadingMore") : t("loadMore")}
      </button>
    </div>
  );
}
