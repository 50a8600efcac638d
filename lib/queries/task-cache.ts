// Pure cache reducers for live task changes: the changes poll and our own mutations feed them.
import type { InfiniteData } from "@tanstack/react-query";
import { z } from "zod";

import {
  isTerminalStatus,
  type TaskDetailDto,
  type TaskDto,
  type TaskLinkDto,
  type TaskPageDto,
} from "@/lib/schemas/task";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The gallery's filters, as in the URL and the list query key. Mirrors the server's ListTasksQuery. */
export const TaskFilters = z.object({
  scope: z.enum(["all", "mine"]).optional(),
  member: z.string().max(64).optional(),
  status: z.enum(["active", "succeeded", "failed"]).optional(),
  type: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{0,39}$/)
    .optional(),
  from: day.optional(),
  to: day.optional(),
  favorites: z.boolean().optional(),
  collection: z.string().max(64).optional(),
  q: z.string().optional(),
});
export type TaskFilters = z.infer<typeof TaskFilters>;
export type TaskStatusFilter = NonNullable<TaskFilters["status"]>;

export type TaskPages = InfiniteData<TaskPageDto, string | null>;

/** One spelling per filter set, so "" / undefined / defaults do not produce two cache entries. */
export function normalizeFilters(filters: TaskFilters): TaskFilters {
  const q = filters.q?.trim();
  return {
    ...(filters.scope === "mine" ? { scope: "mine" as const } : {}),
    ...(filters.member ? { member: filters.member } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.favorites ? { favorites: true } : {}),
    ...(filters.collection ? { collection: filters.collection } : {}),
    ...(q ? { q } : {}),
  };
}

export function hasActiveFilters(filters: TaskFilters): boolean {
  return Object.keys(normalizeFilters(filters)).length > 0;
}

/**
 * Whether a task that arrives live belongs in a list with these filters — the server's rules, as far as the
 * browser can know them. Collection membership is not in the task, so live tasks are not added to a
 * collection's list (it refreshes on its next fetch). `viewerId` resolves "mine".
 */
export function matchesFilters(task: TaskDto, filters: TaskFilters, viewerId: string | null = null): boolean {
  if (task.deleted) return false;
  if (filters.status === "active" && isTerminalStatus(task.status)) return false;
  if (filters.status === "succeeded" && task.status !== "succeeded") return false;
  if (filters.status === "failed" && task.status !== "failed" && task.status !== "cancelled") return false;
  if (filters.scope === "mine" && (!viewerId || task.author?.id !== viewerId)) return false;
  if (filters.member && task.author?.id !== filters.member) return false;
  if (filters.type && task.action !== filters.type) return false;
  const taskDay = task.submittedAt.slice(0, 10);
  if (filters.from && taskDay < filters.from) return false;
  if (filters.to && taskDay > filters.to) return false;
  if (filters.favorites && !task.favorite) return false;
  if (filters.collection) return false;
  const text = `${task.prompt}\n${task.finalPrompt ?? ""}`.toLowerCase();
  const terms = filters.q?.trim().toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  return terms.every((term) => text.includes(term));
}

/** The gallery order: newest first, ties by id descending (the server's order). */
export function compareNewestFirst(a: TaskDto, b: TaskDto): number {
  if (a.submittedAt !== b.submittedAt) return a.submittedAt > b.submittedAt ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id > b.id ? -1 : 1;
}

/** A poll may answer with a row older than what a refetch already brought; never go back in time. */
function isNewer(incoming: TaskDto, current: TaskDto): boolean {
  return incoming.updatedAt > current.updatedAt;
}

function latestById(items: readonly TaskDto[]): Map<string, TaskDto> {
  const byId = new Map<string, TaskDto>();
  for (const item of items) {
    const known = byId.get(item.id);
    if (!known || !isNewer(known, item)) byId.set(item.id, item);
  }
  return byId;
}

/**
 * Merges changed tasks into cached gallery pages: known ids are updated in place, unknown ones that match the
 * list's filters are inserted at their sorted position. A task that sorts after everything loaded is left for
 * the next page fetch (inserting it would put an old task at the end of a list that is not complete yet).
 * Returns the same object when nothing changed.
 */
export function mergeTaskChanges(
  data: TaskPages | undefined,
  items: readonly TaskDto[],
  filters: TaskFilters,
  viewerId: string | null = null,
): TaskPages | undefined {
  if (!data || items.length === 0) return data;
  const byId = latestById(items);
  const seen = new Set<string>();
  let changed = false;

  let pages = data.pages.map((page) => {
    let pageChanged = false;
    const next = page.items.flatMap((task) => {
      const incoming = byId.get(task.id);
      if (!incoming) return [task];
      seen.add(task.id);
      if (!isNewer(incoming, task)) return [task];
      pageChanged = true;
      // Deleted by someone (or in another tab): the card leaves every open gallery.
      return incoming.deleted ? [] : [keepUsedButtons(incoming, task)];
    });
    if (!pageChanged) return page;
    changed = true;
    return { ...page, items: next };
  });

  const fresh = [...byId.values()]
    .filter((t) => !seen.has(t.id) && matchesFilters(t, filters, viewerId))
    .sort(compareNewestFirst);
  for (const task of fresh) {
    const inserted = insertSorted(pages, task);
    if (inserted) {
      pages = inserted;
      changed = true;
    }
  }
  return changed ? { ...data, pages } : data;
}

/** A submit's answer does not know which buttons were used; what the list said stays until it is told anew. */
function keepUsedButtons(incoming: TaskDto, current: TaskDto): TaskDto {
  if (incoming.usedButtons !== undefined || current.usedButtons === undefined) return incoming;
  return { ...incoming, usedButtons: current.usedButtons };
}

/** Marks a button as used on a cached task once our own press of it created a child (before any refetch). */
export function markButtonUsed(
  data: TaskPages | undefined,
  taskId: string,
  customId: string,
): TaskPages | undefined {
  if (!data) return data;
  let changed = false;
  const pages = data.pages.map((page) => {
    if (!page.items.some((task) => task.id === taskId)) return page;
    changed = true;
    return {
      ...page,
      items: page.items.map((task) =>
        task.id === taskId && !task.usedButtons?.includes(customId)
          ? { ...task, usedButtons: [...(task.usedButtons ?? []), customId] }
          : task,
      ),
    };
  });
  return changed ? { ...data, pages } : data;
}

function insertSorted(pages: TaskPageDto[], task: TaskDto): TaskPageDto[] | null {
  for (const [index, page] of pages.entries()) {
    const at = page.items.findIndex((t) => compareNewestFirst(task, t) < 0);
    if (at !== -1)
      return replaceAt(pages, index, {
        ...page,
        items: [...page.items.slice(0, at), task, ...page.items.slice(at)],
      });
  }
  const lastIndex = pages.length - 1;
  const last = pages[lastIndex];
  if (!last || last.nextCursor !== null) return null;
  return replaceAt(pages, lastIndex, { ...last, items: [...last.items, task] });
}

function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

export function toTaskLink(task: TaskDto): TaskLinkDto {
  return {
    id: task.id,
    author: task.author,
    action: task.action,
    status: task.status,
    buttonLabel: task.buttonLabel,
    thumbnail: task.thumbnail?.url ?? null,
  };
}

function sameLink(a: TaskLinkDto, b: TaskLinkDto): boolean {
  return (
    a.status === b.status &&
    a.author?.id === b.author?.id &&
    a.thumbnail === b.thumbnail &&
    a.buttonLabel === b.buttonLabel &&
    a.action === b.action
  );
}

/** Merges changed tasks into a cached detail: its own fields, its parent link and its children (new children are appended). */
export function mergeIntoDetail(
  detail: TaskDetailDto | undefined,
  items: readonly TaskDto[],
): TaskDetailDto | undefined {
  if (!detail || items.length === 0) return detail;
  const byId = latestById(items);
  let next = detail;

  const own = byId.get(detail.id);
  if (own && isNewer(own, detail)) next = { ...next, ...own };

  const parent = next.parent && byId.get(next.parent.id);
  if (next.parent && parent && !sameLink(next.parent, toTaskLink(parent)))
    next = { ...next, parent: toTaskLink(parent) };

  let children = next.children;
  for (const task of byId.values()) {
    if (task.parentId !== detail.id) continue;
    const link = toTaskLink(task);
    const at = children.findIndex((c) => c.id === task.id);
    if (at === -1) children = [...children, link];
    else if (!sameLink(children[at] ?? link, link)) children = replaceAt(children, at, link);
  }
  if (children !== next.children) next = { ...next, children };
  return next;
}

/**
 * Tasks that left the gallery (the feed sends only their ids): out of every page, and out of a detail's
 * children; an open detail of such a task is marked deleted. Returns the same object when nothing changed.
 */
export function removeFromPages(
  data: TaskPages | undefined,
  ids: ReadonlySet<string>,
): TaskPages | undefined {
  if (!data || ids.size === 0) return data;
  let changed = false;
  const pages = data.pages.map((page) => {
    const items = page.items.filter((task) => !ids.has(task.id));
    if (items.length === page.items.length) return page;
    changed = true;
    return { ...page, items };
  });
  return changed ? { ...data, pages } : data;
}

export function removeFromDetail(
  detail: TaskDetailDto | undefined,
  ids: ReadonlySet<string>,
): TaskDetailDto | undefined {
  if (!detail || ids.size === 0) return detail;
  let next = detail;
  if (ids.has(detail.id) && !detail.deleted) next = { ...next, deleted: true };
  const children = next.children.filter((child) => !ids.has(child.id));
  if (children.length !== next.children.length) next = { ...next, children };
  if (next.parent && ids.has(next.parent.id)) next = { ...next, parent: null };
  return next;
}

export function pagesHaveActiveTask(data: TaskPages | undefined): boolean {
  return data?.pages.some((page) => page.items.some((t) => !isTerminalStatus(t.status))) ?? false;
}

export function detailHasActiveTask(detail: TaskDetailDto | undefined): boolean {
  if (!detail) return false;
  return !isTerminalStatus(detail.status) || detail.children.some((c) => !isTerminalStatus(c.status));
}
