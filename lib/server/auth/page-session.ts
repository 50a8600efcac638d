import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";

import { viewerFromHeaders } from "./session";

export async function hasAnyAccount(): Promise<boolean> {
  return (await db.user.count()) > 0;
}

/**
 * For pages: the signed-in member, else a redirect — to /setup on a fresh install (no accounts yet, no
 * default password), otherwise to the sign-in page, which comes back to `returnTo` afterwards.
 */
export async function requirePageViewer(
  returnTo = "/",
  access: "member" | "admin" = "member",
): Promise<Viewer> {
  const viewer = await viewerFromHeaders(await headers());
  if (!viewer) {
    if (!(await hasAnyAccount())) redirect("/setup");
    redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  }
  if (access === "admin" && viewer.role !== "admin") redirect("/");
  return viewer;
}

/** Once per request: the layout and the page both ask. */
export const optionalPageViewer = cache(async (): Promise<Viewer | null> =>
  viewerFromHeaders(await headers()),
);
