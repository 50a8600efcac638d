"use client";

import { useEffect, useRef, useState } from "react";

import { ANIMATE_EVENT, type AnimateDetail, requestCompose } from "@/components/layout/studio-events";

/**
 * Listens for "Animate" on a gallery or lightbox image (studio-events sendAnimate): switches the create panel to
 * its Animate mode (`open`), opens the composer, and hands the image to the form as its start frame. Each request
 * gets a new nonce, so animating the same image twice presets it twice.
 */
export function useAnimateRequests(open: () => void): (AnimateDetail & { nonce: number }) | undefined {
  const [preset, setPreset] = useState<(AnimateDetail & { nonce: number }) | undefined>();
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });
  useEffect(() => {
    let nonce = 0;
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<AnimateDetail>).detail;
      nonce += 1;
      setPreset({ taskId: detail.taskId, cell: detail.cell, nonce });
      openRef.current();
      requestCompose({ expand: true });
    };
    window.addEventListener(ANIMATE_EVENT, listener);
    return () => window.removeEventListener(ANIMATE_EVENT, listener);
  }, []);
  return preset;
}
