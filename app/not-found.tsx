import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-md space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-zinc-600 dark:text-zinc-400">{t("body")}</p>
      <Link
        href="/"
        className="inline-flex min-h-11 items-center rounded-xl bg-violet-600 px-5 font-semibold text-white hover:bg-violet-700"
      >
        {t("back")}
      </Link>
    </div>
  );
}
