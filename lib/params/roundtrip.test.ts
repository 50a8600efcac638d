import { describe, expect, it } from "vitest";

import { applyControls, controlsFromPrompt, emptyControls, parsePrompt } from "./index";
import type { ParamControls } from "./index";

interface Row {
  prompt: string;
  controls: Partial<ParamControls>;
  body?: string;
  urls?: string[];
  /** Raw text of the params the studio does not know. */
  unknown?: string[];
}

// Real-world shapes: copied from Discord/web habits (aliases, em dashes, Chinese, pasted URLs, stray spaces).
const TABLE: Row[] = [
  {
    prompt: "a red fox in snow --ar 3:2 --v 6.1",
    controls: { aspectRatio: "3:2", version: "6.1" },
    body: "a red fox in snow",
  },
  {
    prompt: "https://s.mj.run/abc https://cdn.x/y.png watercolor portrait --iw 1.5",
    controls: { iw: 1.5 },
    urls: ["https://s.mj.run/abc", "https://cdn.x/y.png"],
    body: "watercolor portrait",
  },
  {
    prompt: "space ship::2 nebula::-.5 --ar 16:9",
    controls: { aspectRatio: "16:9" },
    body: "space ship::2 nebula::-.5",
  },
  {
    prompt: "product shot --no text, watermark, logo --s 250",
    controls: { no: ["text", "watermark", "logo"], stylize: 250 },
  },
  {
    prompt: "猫猫在雪地里 --ar 16:9 --niji 6",
    controls: { aspectRatio: "16:9", niji: "6" },
    body: "猫猫在雪地里",
  },
  { prompt: "一只白猫，水彩 --no 红色, 蓝色", controls: { no: ["红色", "蓝色"] }, body: "一只白猫，水彩" },
  { prompt: "一只白猫 --no 红色，蓝色 --s 50", controls: { no: ["红色", "蓝色"], stylize: 50 } },
  {
    prompt: "portrait --sref https://a/1.png https://a/2.png --sw 300",
    controls: { sref: ["https://a/1.png", "https://a/2.png"], sw: 300 },
  },
  { prompt: "cat —ar 1:1", controls: { aspectRatio: "1:1" }, body: "cat" },
  {
    prompt: "cat --ar 16:9 --foo bar --s 50",
    controls: { aspectRatio: "16:9", stylize: 50 },
    unknown: ["--foo bar"],
  },
  { prompt: "seamless floral pattern --tile", controls: { tile: true }, body: "seamless floral pattern" },
  { prompt: "cat --tile pattern", controls: { tile: true, invalid: { tile: "pattern" } }, body: "cat" },
  { prompt: "", controls: emptyControls(), body: "", urls: [] },
  // V8-era params and versions (issue 13).
  {
    prompt: "a fox in snow --v 8.1 --exp 25 --sref 123456 --sv 6",
    controls: { version: "8.1", exp: 25, sref: ["123456"], sv: 6 },
    body: "a fox in snow",
  },
  { prompt: "koi pond --v 8 --draft --sv 4", controls: { version: "8", draft: true, sv: 4 } },
  { prompt: "koi pond --version 8.0 --exp 100", controls: { version: "8", exp: 100 } },
  { prompt: "anime fox --niji 7 --exp 5", controls: { niji: "7", exp: 5 }, body: "anime fox" },
  {
    prompt: "studio portrait --profile abc123 xyz789 --oref https://cdn.x/o.png --ow 400",
    controls: { personalize: ["abc123", "xyz789"], oref: "https://cdn.x/o.png", ow: 400 },
  },
  { prompt: "still life —profile —exp 10", controls: { personalize: [], exp: 10 }, body: "still life" },
  { prompt: "cat --exp abc --sv", controls: { exp: null, sv: null, invalid: { exp: "abc", sv: "" } } },
  { prompt: "--ar 2:3 --s 100", controls: { aspectRatio: "2:3", stylize: 100 }, body: "" },
  { prompt: "cat --s 100 --s 250", controls: { stylize: 250 } },
  {
    prompt: "a lighthouse at dusk --ar 9:16   ",
    controls: { aspectRatio: "9:16" },
    body: "a lighthouse at dusk",
  },
  {
    prompt: "<https://s.mj.run/xyz> a knight, oil painting --iw 2 --v 6",
    controls: { iw: 2, version: "6" },
    urls: ["https://s.mj.run/xyz"],
    body: "a knight, oil painting",
  },
  {
    prompt: "cyberpunk street, neon rain --style raw --v 7 --q 2",
    controls: { style: "raw", version: "7", quality: 2 },
  },
  {
    prompt: "portrait of a woman --cref https://cdn.example.com/c.png --cw 50 --v 6",
    controls: { cref: ["https://cdn.example.com/c.png"], cw: 50, version: "6" },
  },
  {
    prompt: "a robot barista --oref https://cdn.example.com/o.png --ow 200 --v 7",
    controls: { oref: "https://cdn.example.com/o.png", ow: 200, version: "7" },
  },
  {
    prompt: "surreal landscape --chaos 40 --weird 500 --seed 123456",
    controls: { chaos: 40, weird: 500, seed: 123456 },
  },
  { prompt: "anime girl with umbrella --niji --s 400", controls: { niji: "", stylize: 400 } },
  { prompt: "logo design, minimal --p --stylize 50", controls: { personalize: [], stylize: 50 } },
  {
    prompt: "mountain lake --p m7234567890 --relax",
    controls: { personalize: ["m7234567890"], speed: "relax" },
  },
  {
    prompt: "quick sketch of a dog --draft --v 7 --fast",
    controls: { draft: true, version: "7", speed: "fast" },
  },
  { prompt: "vintage poster --v 5.2 --q .5 --stop 80", controls: { version: "5.2", quality: 0.5, stop: 80 } },
  { prompt: "four variations --r 4 --c 10 --AR 4:5", controls: { repeat: 4, chaos: 10, aspectRatio: "4:5" } },
  {
    prompt: "macro shot --sref 2642467891 random --raw",
    controls: { sref: ["2642467891", "random"], style: "raw" },
  },
  {
    prompt: "mixed 中文 and English, 水墨画 style::1.5 --ar 3:4 --s abc",
    controls: { aspectRatio: "3:4", stylize: null, invalid: { stylize: "abc" } },
    body: "mixed 中文 and English, 水墨画 style::1.5",
  },
  { prompt: "cat --ar 16-9", controls: { aspectRatio: null, invalid: { aspectRatio: "16-9" } } },
  {
    prompt: "line one\nline two --ar 1:1\n--s 20",
    controls: { aspectRatio: "1:1", stylize: 20 },
    body: "line one\nline two",
  },
  { prompt: "a -- b — c --version 6.0", controls: { version: "6" }, body: "a -- b — c" },
  { prompt: "https://x.com/a.png", controls: emptyControls(), urls: ["https://x.com/a.png"], body: "" },
  {
    prompt: "cat --ar 16:9 --hd --video 1 --exp 25",
    controls: { aspectRatio: "16:9", exp: 25 },
    unknown: ["--hd", "--video 1"],
  },
  {
    prompt: "cat --v 7 --sref https://a/b.png::2 https://a/c.png::1",
    controls: { version: "7", sref: ["https://a/b.png::2", "https://a/c.png::1"] },
  },
  { prompt: "猫　--ar 16:9　--s 80", controls: { aspectRatio: "16:9", stylize: 80 }, body: "猫" },
  {
    prompt: "glass city --aspect 21:9 --stylize 1000 --quality 1",
    controls: { aspectRatio: "21:9", stylize: 1000, quality: 1 },
  },
  { prompt: "ink dragon —no smoke, fire —s 300", controls: { no: ["smoke", "fire"], stylize: 300 } },
  { prompt: "bare --no", controls: { no: [], invalid: { no: "" } }, body: "bare" },
];

describe("round-trip table", () => {
  it("has enough real-world rows", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(25);
  });

  describe.each(TABLE)("$prompt", (row) => {
    const parsed = parsePrompt(row.prompt);
    const controls = controlsFromPrompt(parsed);

    it("reads the expected controls, body, URLs and unknown params", () => {
      expect(controls).toMatchObject(row.controls);
      if (row.body !== undefined) expect(parsed.body).toBe(row.body);
      expect(parsed.urls).toEqual(row.urls ?? []);
      expect(parsed.params.filter((p) => p.key === null).map((p) => p.raw)).toEqual(row.unknown ?? []);
    });

    it("writes the prompt back unchanged (parse → controls → text)", () => {
      expect(applyControls(row.prompt, controls)).toBe(row.prompt);
    });

    it("rebuilds the same controls from scratch on the prompt without params", () => {
      // Clearing every control strips the known params; writing them all again must read back the same.
      const stripped = applyControls(row.prompt, emptyControls());
      expect(controlsFromPrompt(parsePrompt(stripped))).toEqual({ ...emptyControls(), invalid: {} });
      const rebuilt = controlsFromPrompt(parsePrompt(applyControls(stripped, controls)));
      expect(rebuilt).toEqual({ ...controls, invalid: {} });
      // The body and unknown params survive the strip-and-rebuild untouched.
      expect(parsePrompt(stripped).body).toBe(parsed.body);
    });

    it("reads a moved control back from the rewritten text", () => {
      const moved = { ...controls, stylize: 321, aspectRatio: "7:5", no: ["blur"], tile: !controls.tile };
      const again = controlsFromPrompt(parsePrompt(applyControls(row.prompt, moved)));
      expect(again).toMatchObject({ stylize: 321, aspectRatio: "7:5", no: ["blur"], tile: !controls.tile });
      expect(again.version).toBe(controls.version);
      expect(again.niji).toBe(controls.niji);
    });
  });
});
