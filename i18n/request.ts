// next-intl without locale routing: the NEXT_LOCALE cookie wins, then Accept-Language, then English.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { type AppLocale, LOCALE_COOKIE, resolveLocale } from "./locales";

const loaders = {
  en: () => import("../messages/en.json"),
  "zh-CN": () => import("../messages/zh-CN.json"),
} satisfies Record<AppLocale, () => Promise<unknown>>;

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
  const messages = (await loaders[locale]()).default;
  return {
    locale,
    messages,
    // Absolute times are formatted in the viewer's zone by a client component; this only keeps the server and
    // browser formatters in agreement during hydration.
    timeZone: "UTC",
  };
});
