"use client";

import { type RefObject, useEffect } from "react";

/**
 * Keeps the selected tab inside the phone's scrolling tab strip: when the strip first gets its size (the Create
 * sheet opens on a link such as `/?mode=retexture`, or the panel was hidden when the mode changed) and whenever
 * the selection changes. Scrolls the strip only, never the page.
 */
export function useSelectedTabInView(
  strip: RefObject<HTMLElement | null>,
  selected: string,
  tabOf: (key: string) => HTMLElement | undefined,
): void {
  useEffect(() => {
    const element = strip.current;
    if (!element) return;
    const reveal = () => {
      const tab = tabOf(selected);
      if (!tab || element.clientWidth === 0) return;
      const box = element.getBoundingClientRect();
      const left = tab.getBoundingClientRect().left - box.left + element.scrollLeft;
      const right = left + tab.offsetWidth;
      if (left < element.scrollLeft) element.scrollTo({ left: Math.max(0, left - 8) });
      else if (right > element.scrollLeft + element.clientWidth)
        element.scrollTo({ left: right - element.clientWidth + 8 });
    };
    reveal();
    const observer = new ResizeObserver(reveal);
    observer.observe(element);
    return () => observer.disconnect();
    // The tab elements are stable per key; only the selection and the strip's size matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);
}
