import "server-only";

// Who a request acts for. It lives with auth (which resolves it from the session) so every layer can name it
// without importing the task domain.

/** The signed-in member a request acts for. Every task query and mutation takes one. */
export interface Viewer {
  id: string;
  name: string;
  role: "admin" | "member";
}
