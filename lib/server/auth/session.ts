import "server-only";

import { AppError } from "@/lib/errors";
import { clipDisplayName } from "@/lib/schemas/display-name";
import type { Viewer } from "@/lib/server/auth/viewer";

import { getAuth } from "./auth";

/** The member behind a request's session cookie, or null. Disabled members count as signed out. */
export async function viewerFromHeaders(headers: Headers): Promise<Viewer | null> {
  const session = await getAuth(headers).api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: string | null; disabled?: boolean | null };
  if (user.disabled) return null;
  return { id: user.id, name: clipDisplayName(user.name), role: user.role === "admin" ? "admin" : "member" };
}

export async function requireViewer(req: Request, access: "member" | "admin" = "member"): Promise<Viewer> {
  const viewer = await viewerFromHeaders(req.headers);
  if (!viewer) throw new AppError("unauthenticated", "Sign in to use the studio.");
  if (access === "admin" && viewer.role !== "admin") {
    throw new AppError("forbidden", "Only an admin can do this.");
  }
  return viewer;
}
