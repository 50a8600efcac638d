// Home, image-first: the live gallery with the composer above it (desktop) or in a bottom sheet (phone).
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";

import { BatchStrip } from "@/components/create/batch/batch-strip";
import { Composer } from "@/components/create/composer";
import { PromptForm } from "@/components/create/imagine/prompt-form";
import { parseCreateMode } from "@/components/create/modes";
import { Gallery } from "@/components/gallery/gallery";
import { GallerySkeleton } from "@/components/gallery/gallery-skeleton";
import { filtersFromSearchParams } from "@/components/gallery/url-filters";
import type { TaskFilters } from "@/lib/queries/task-cache";
import { taskListPath } from "@/lib/queries/tasks";
import { ListTasksQuery, MAX_PROMPT_LENGTH } from "@/lib/schemas/task-input";
import { requirePageViewer } from "@/lib/server/auth/page-session";
import { listTaskPage } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = filtersFromSearchParams(params);
  const reused = typeof params.prompt === "string" ? params.prompt.slice(0, MAX_PROMPT_LENGTH) : "";
  // "Reuse" of a task (`?reuse=<id>`): the form reads the task and restores prompt, speed and references.
  const reuseTaskId = typeof params.reuse === "string" ? params.reuse.slice(0, 64) : undefined;
  const t = await getTranslations();

  return (
    <div>
      <h1 className="sr-only">{t("meta.title")}</h1>
      {/* Keyed so "Reuse prompt" from a detail page always lands in a fresh form (opened on phones). */}
      <Composer
        key={reused + (reuseTaskId ?? "")}
        initialMode={reused || reuseTaskId ? "imagine" : parseCreateMode(params.mode)}
        imagine={
          <PromptForm key={reused + (reuseTaskId ?? "")} initialPrompt={reused} reuseTaskId={reuseTaskId} />
        }
        openOnLoad={reused !== "" || reuseTaskId !== undefined}
      />
      <BatchStrip />
      <Suspense fallback={<GallerySkeleton label={t("gallery.loading")} />}>
        <InitialGallery filters={filters} />
      </Suspense>
    </div>
  );
}

/** Streams in after the form, so typing can start before the first page of tasks is read. */
async function InitialGallery({ filters }: { filters: TaskFilters }) {
  const viewer = await requirePageViewer("/");
  // The same query string the browser will send, so the first page and later fetches agree exactly.
  const query = new URL(taskListPath(filters, null), "http://local").searchParams;
  const page = await listTaskPage(ListTasksQuery.parse(Object.fromEntries(query)), viewer);
  return <Gallery initialFilters={filters} initialPage={page} />;
}
