import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card-section";

/**
 * What a member sees on an admin page: a sentence and a way home, not a silent redirect that looks like a broken
 * link. The data stays safe either way: every admin API answers 403 to members.
 */
export async function AdminOnly() {
  const t = await getTranslations("adminPage");
  return (
    <section
      aria-labelledby="admin-only-title"
      data-testid="admin-only"
      className={`${cardClass} mx-auto max-w-xl text-center`}
    >
      <h1 id="admin-only-title" className="text-xl font-semibold">
        {t("onlyAdminsTitle")}
      </h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("onlyAdmins")}</p>
      <Link href="/" className={buttonClass("primary")}>
        {t("backHome")}
      </Link>
    </section>
  );
}
