import createNextIntlPlugin from "next-intl/plugin";

import "./env.mjs";
import { staticHeaderRules } from "./lib/security/headers.mjs";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: [
    "better-sqlite3",
    "sharp",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    // Next keeps @aws-sdk/client-s3 external on its own; the presigner goes with it (one SDK instance).
    "@aws-sdk/s3-request-presigner",
  ],
  // Reference images arrive as base64 JSON; the route handlers enforce the real per-image limits.
  experimental: { serverActions: { bodySizeLimit: "8mb" } },
  // Frame, sniffing and referrer headers on everything; pages get their nonce CSP from proxy.ts.
  async headers() {
    return staticHeaderRules();
  },
};

export default withNextIntl(nextConfig);
