"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("error");

  useEffect(() => {
    // Server errors arrive without details (only a digest); the console is where a developer looks first.
    console.error(error);
  }, [error]);

  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <div role="alert" className="mx-auto max-w-md space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-zinc-600 dark:text-zinc-400">{t("body")}</p>
      {digest ? <p className="font-mono text-xs text-zinc-500">{digest}</p> : null}
      <div className="flex justify-center gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="min-h-11 rounded-xl bg-violet-600 px-5 font-semibold text-white hover:bg-violet-700"
        >
          {t("retry")}
        </button>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-xl border border-zinc-300 px-5 font-medium dark:border-zinc-700"
        >
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
