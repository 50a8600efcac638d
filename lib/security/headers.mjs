// Security headers, in one place for next.config.mjs (static ones, every response) and proxy.ts (the
// per-request page CSP). Plain .mjs because next.config.mjs loads it before any TypeScript is compiled.

/** Sent with every response, pages, API and assets alike. */
export const STATIC_SECURITY_HEADERS = [
  // Older browsers ignore CSP frame-ancestors; both say "never inside someone else's frame" (clickjacking).
  { key: "X-Frame-Options", value: "DENY" },
  // An uploaded or generated file is never run as a script or stylesheet because of a guessed type.
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Task and collection URLs stay ours: other sites we link to learn nothing about them.
  { key: "Referrer-Policy", value: "same-origin" },
];

/** API responses are data (JSON, images, zips), never documents that should load or run anything. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The CSP for a page. Scripts run only with this request's nonce (Next puts it on its own scripts) or when
 * loaded by such a script ('strict-dynamic'); so an injected <script> or inline handler does not run.
 * Styles allow inline: React renders `style` attributes (progress bars, avatars), which a nonce cannot
 * cover, and CSS cannot run code. Images: our own /api/images plus blob:/data: previews of references, and the
 * bucket's origin when /api/images redirects to presigned URLs (a CSP checks the redirect's target too).
 * @param {string} nonce fresh per request
 * @param {{ dev?: boolean, imageOrigin?: string | null }} [options] dev: React's development build needs eval
 *   for its debugging aids; imageOrigin: where presigned image URLs point (lib/s3-env.mjs presignedImageOrigin)
 * @returns {string}
 */
export function pageCsp(nonce, { dev = false, imageOrigin = null } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data:${imageOrigin ? ` ${imageOrigin}` : ""}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    // Videos redirect to the same presigned bucket URLs as images (lib/server/video-route.ts).
    `media-src 'self' blob:${imageOrigin ? ` ${imageOrigin}` : ""}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce (128 random bits, base64). */
export function newNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** next.config.mjs `headers()`: the static set everywhere, the data-only CSP on API and simulator routes. */
export function staticHeaderRules() {
  const apiCsp = [{ key: "Content-Security-Policy", value: API_CSP }];
  return [
    { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
    { source: "/api/:path*", headers: apiCsp },
    { source: "/sim/:path*", headers: apiCsp },
  ];
}
