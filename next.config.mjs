import createNextIntlPlugin from "next-intl/plugin";

import "./env.mjs";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "sharp", "@prisma/adapter-better-sqlite3"],
  // Reference images arrive as base64 JSON; the route handlers enforce the real per-image limits.
  experimental: { serverActions: { bodySizeLimit: "8mb" } },
};

export default withNextIntl(nextConfig);
