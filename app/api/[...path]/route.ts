// Any other /api path: a JSON 404 instead of the HTML page, so API clients get a readable error.
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/server/http";

export const dynamic = "force-dynamic";

function notFound(req: Request): Response {
  return toErrorResponse(
    new AppError("not_found", `No API route ${req.method} ${new URL(req.url).pathname}.`),
  );
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
