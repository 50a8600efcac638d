// Shift-click range selection, as in every file manager and photo app. Pure, so it is unit-tested.

/**
 * The ids from `anchor` to `target` inclusive, in the list's order (either direction). Without an anchor still
 * in the list, only the target: the range starts from the tile clicked.
 */
export function rangeBetween(order: readonly string[], anchor: string | null, target: string): string[] {
  const to = order.indexOf(target);
  if (to === -1) return [];
  const from = anchor === null ? -1 : order.indexOf(anchor);
  if (from === -1) return [target];
  const [start, end] = from < to ? [from, to] : [to, from];
  return order.slice(start, end + 1);
}

/**
 * The selection after a click. A plain click toggles the tile and makes it the anchor; a shift-click sets
 * the whole range to the anchor's state (selecting, or clearing when the anchor was just unselected).
 */
export function applyClick(
  selected: ReadonlySet<string>,
  order: readonly string[],
  anchor: { id: string; selected: boolean } | null,
  target: string,
  range: boolean,
): { selected: Set<string>; anchor: { id: string; selected: boolean } } {
  const next = new Set(selected);
  if (range && anchor && order.includes(anchor.id)) {
    for (const id of rangeBetween(order, anchor.id, target)) {
      if (anchor.selected) next.add(id);
      else next.delete(id);
    }
    return { selected: next, anchor };
  }
  const on = !next.has(target);
  if (on) next.add(target);
  else next.delete(target);
  return { selected: next, anchor: { id: target, selected: on } };
}
