"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

interface Props {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  /** Changes after every loaded page, so a sentinel that is still on screen triggers again. */
  pageCount: number;
}

/** Infinite scroll via an IntersectionObserver sentinel, with a real button for keyboards and old browsers. */
export function LoadMore({ hasNextPage, isFetchingNextPage, onLoadMore, pageCount }: Props) {
  const t = useTranslations("gallery");
  const sentinel = useRef<HTMLDivElement>(null);

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
