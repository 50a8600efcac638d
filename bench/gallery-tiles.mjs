// Bench (not a test): how the gallery's justified rows behave with thousands of tiles, with and without
// `content-visibility: auto` on each tile. A static page with the same CSS as components/gallery (flex rows,
// grow = basis = aspect ratio, an aspect-ratio box per tile, an <img> per tile), so it measures the layout
// technique alone, not React. Numbers go to docs/performance.md ("Gallery at thousands of tiles").
//   node bench/gallery-tiles.mjs [tiles=3000]
import { chromium } from "@playwright/test";

import { chromiumLaunchOptions } from "../e2e/chromium.mjs";

const TILES = Number(process.argv[2] ?? 3000);
const ASPECTS = [1, 16 / 9, 2 / 3, 1.5, 0.8, 1.25, 4 / 3, 1];
// A 1×1 PNG, so image decoding is not what is measured.
const PIXEL =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

function page(skipOffscreen) {
  const tiles = Array.from({ length: TILES }, (_, i) => {
    const a = ASPECTS[i % ASPECTS.length].toFixed(3);
    return `<li style="flex-grow:${a};flex-basis:calc(var(--h)*${a})"><div style="aspect-ratio:${a}"><a href="#"><img src="${PIXEL}" alt="tile ${i}"><p>prompt ${i} of a long gallery, with words</p></a><span>U1</span><span>V1</span></div></li>`;
  }).join("");
  return `<!doctype html><style>
    body{margin:0;font:14px sans-serif} ul{--h:240px;display:flex;flex-wrap:wrap;gap:8px;list-style:none;margin:0;padding:8px}
    ul::after{content:'';flex-grow:1000000} li{min-width:0;position:relative}
    ${skipOffscreen ? "li{content-visibility:auto;contain-intrinsic-size:auto 240px}" : ""}
    li>div{position:relative;overflow:hidden;border-radius:12px;background:#eee}
    img{width:100%;height:100%;object-fit:cover;display:block} p{position:absolute;bottom:0;margin:0;padding:8px}
  </style><ul id="grid"></ul><script>window.tilesHtml=${JSON.stringify(tiles)}</script>`;
}

async function measure(browser, skipOffscreen) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await tab.setContent(page(skipOffscreen));
  return tab.evaluate(async () => {
    const grid = document.getElementById("grid");
    const t0 = performance.now();
    grid.innerHTML = window.tilesHtml;
    void grid.offsetHeight; // forces style + layout of the whole list
    const firstLayout = performance.now() - t0;
    // Scroll through in 40 steps of one screen, one frame each: the worst and median frame times.
    const frames = [];
    for (let i = 0; i < 40; i++) {
      const start = performance.now();
      window.scrollBy(0, 800);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      frames.push(performance.now() - start);
    }
    frames.sort((a, b) => a - b);
    // Appending one more page (50 tiles) to the long list, as infinite scroll does.
    const t1 = performance.now();
    grid.insertAdjacentHTML(
      "beforeend",
      window.tilesHtml.split("</li>").slice(0, 50).join("</li>") + "</li>",
    );
    void grid.offsetHeight;
    const appendPage = performance.now() - t1;
    return {
      firstLayout: Math.round(firstLayout),
      appendPage: Math.round(appendPage),
      medianFrame: Math.round(frames[20]),
      worstFrame: Math.round(frames[39]),
    };
  });
}

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const skip of [false, true]) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await measure(browser, skip));
    const best = (key) => Math.min(...runs.map((r) => r[key]));
    console.log(
      `${TILES} tiles, content-visibility ${skip ? "auto" : "none"}: first layout ${best("firstLayout")} ms, ` +
        `+50 tiles ${best("appendPage")} ms, scroll frame median ${best("medianFrame")} ms / worst ${best("worstFrame")} ms (best of 3)`,
    );
  }
} finally {
  await browser.close();
}
