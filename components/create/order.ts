// Blend order: the reference hook keeps images in the order they arrived; the user's order is kept beside it.

/** Items sorted by `order` (ids); items not in it yet keep their arrival order at the end. */
export function inOrder<T extends { id: string }>(items: readonly T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return items
    .map((item, arrival) => ({ item, key: rank.get(item.id) ?? order.length + arrival }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

/** The ids with `id` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveId(ids: readonly string[], id: string, by: -1 | 1): string[] {
  const next = [...ids];
  const from = next.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= next.length) return next;
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
