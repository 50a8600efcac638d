// Any fixed origin works: we only need the URL parser's own reading of the value, then check it stayed home.
const HOME = "http://studio.invalid";

/**
 * Only same-origin paths are valid places to return to after signing in. The value is parsed with the URL API
 * (as a browser would follow it), so tricks a prefix check misses — "/%09/evil.example", tabs and newlines the
 * parser strips, backslashes it reads as slashes — resolve to another origin and are refused.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  // The URL parser silently drops tabs/newlines; a path that needs them is never a real page of ours.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, HOME);
  } catch {
    return "/";
  }
  if (url.origin !== HOME) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/%2F/evil" decodes to "//evil" in some routers: refuse any path that starts with two slashes either way.
  if (path.startsWith("//") || /^\/%2f/i.test(path)) return "/";
  return path;
}
