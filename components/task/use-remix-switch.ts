"use client";

import { useEffect, useState } from "react";

const STORAGE_KEY = "mj-studio.remix";

/**
 * The viewer's Remix switch (as on midjourney.com): on, variations, rerolls and pans open the prompt dialog before
 * anything is pressed, so opening and cancelling costs nothing. Per browser; off until read after hydration, so
 * the server and first client render agree.
 */
export function useRemixSwitch(): [boolean, (on: boolean) => void] {
  const [remix, setRemix] = useState(false);
  useEffect(() => {
    try {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
      setRemix(window.localStorage.getItem(STORAGE_KEY) === "on");
    } catch {
      // Storage blocked (private mode): the switch just starts off.
    }
  }, []);
  const set = (on: boolean) => {
    setRemix(on);
    try {
      window.localStorage.setItem(STORAGE_KEY, on ? "on" : "off");
    } catch {
      // Not remembered; still on for this page.
    }
  };
  return [remix, set];
}
