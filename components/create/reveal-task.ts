// After a submit the new task must be on screen (issue 12): its tile, below whatever sticks to the viewport's
// edges (the site header and the desktop prompt bar at the top, the phone's bottom bar at the bottom).

const MAX_FRAMES = 60;

function obstructedTop(): number {
  let top = 0;
  for (const el of document.querySelectorAll<HTMLElement>("[data-sticks-top]")) {
    const rect = el.getBoundingClientRect();
    if (rect.height > 0) top = Math.max(top, rect.bottom);
  }
  return top;
}

function obstructedBottom(): number {
  let bottom = window.innerHeight;
  for (const el of document.querySelectorAll<HTMLElement>("[data-sticks-bottom]")) {
    const rect = el.getBoundingClientRect();
    if (rect.height > 0) bottom = Math.min(bottom, rect.top);
  }
  return bottom;
}

function scrollBehavior(): ScrollBehavior {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "instant" : "smooth";
}

/** Scrolls the element just enough to show it below the sticky bars; leaves the page alone if it is in view. */
export function scrollIntoClearView(el: Element): void {
  const rect = el.getBoundingClientRect();
  const top = obstructedTop();
  const bottom = obstructedBottom();
  if (rect.top >= top && rect.bottom <= bottom) return;
  window.scrollBy({ top: rect.top - top - 8, behavior: scrollBehavior() });
}

/**
 * Waits for the new task's tile (the gallery renders it from the query cache a frame or two later) and brings
 * it into view; a filtered gallery that never shows it scrolls back to the top, where new tasks appear.
 */
export function revealTask(taskId: string): void {
  let frames = 0;
  const attempt = () => {
    const tile = document.querySelector(`[data-task-id="${CSS.escape(taskId)}"]`);
    if (tile) return scrollIntoClearView(tile);
    if (++frames < MAX_FRAMES) return void requestAnimationFrame(attempt);
    window.scrollTo({ top: 0, behavior: scrollBehavior() });
  };
  requestAnimationFrame(attempt);
}
