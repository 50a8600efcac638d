import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { LiveTaskUpdates } from "@/components/layout/live-task-updates";
import { SiteHeader } from "@/components/layout/site-header";
import { isSimulator } from "@/lib/server/mj";

import { Providers } from "./providers";

import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    applicationName: t("title"),
    manifest: "/manifest.webmanifest",
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" }, apple: "/icon.svg" },
    appleWebApp: { capable: true, title: t("title"), statusBarStyle: "default" },
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("header")]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <NextIntlClientProvider>
          <Providers>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow dark:focus:bg-zinc-900"
            >
              {t("skipToContent")}
            </a>
            <SiteHeader simulator={isSimulator()} />
            <main
              id="main"
              className="mx-auto w-full max-w-screen-2xl px-3 pt-4 pb-[max(2rem,env(safe-area-inset-bottom))] sm:px-6"
            >
              {children}
            </main>
            <LiveTaskUpdates />
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
