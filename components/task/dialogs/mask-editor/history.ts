// Undo/redo as immutable snapshots of the shape list: small lists, trivially correct, and "clear" undoes too.

export interface History<T> {
  past: readonly (readonly T[])[];
  present: readonly T[];
  future: readonly (readonly T[])[];
}

/** Caps memory on long sessions; the oldest steps fall off first. */
export const HISTORY_LIMIT = 100;

export function emptyHistory<T>(): History<T> {
  return { past: [], present: [], future: [] };
}

function commit<T>(h: History<T>, next: readonly T[]): History<T> {
  return { past: [...h.past, h.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function pushShape<T>(h: History<T>, shape: T): History<T> {
  return commit(h, [...h.present, shape]);
}

/** Clearing an already empty mask is not a step worth undoing. */
export function clearShapes<T>(h: History<T>): History<T> {
  return h.present.length === 0 ? h : commit(h, []);
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past.at(-1);
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: rest };
}

export const canUndo = <T>(h: History<T>): boolean => h.past.length > 0;
export const canRedo = <T>(h: History<T>): boolean => h.future.length > 0;
