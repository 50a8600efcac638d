// Reading params into control values, and the value text each control writes back.
import { isImpliedName } from "./catalog";
import type { ControlKey, ParamControls, ParsedParam, ParsedPrompt, Speed } from "./types";

interface Read<T> {
  value: T;
  /** Raw value text that could not be read; see `ParamControls.invalid`. */
  invalid?: string;
}

interface Codec<T> {
  read(param: ParsedParam): Read<T>;
  /** Value text to write after the name: "" for a bare flag, null when the control is off. */
  format(value: T): string | null;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const RATIO = /^(\d+):(\d+)$/;
const VERSION = /^\d+(?:\.\d+)?$/;

/** Writes numbers so they read back as the same number (String(1e21) would be "1e+21"). */
export function formatNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s) || !Number.isFinite(n)) return s;
  return Number.isInteger(n) ? BigInt(n).toString() : n.toFixed(20).replace(/\.?0+$/, "");
}

const words = (value: string) => value.split(/\s+/).filter(Boolean);
const bad = <T>(value: T, raw: string): Read<T> => ({ value, invalid: raw });
const stray = <T>(value: T, raw: string): Read<T> => (raw === "" ? { value } : { value, invalid: raw });

const numberCodec: Codec<number | null> = {
  read: ({ value }) => (NUMBER.test(value) ? { value: Number(value) } : bad(null, value)),
  format: (v) => (v === null ? null : formatNumber(v)),
};

// Normalised so a select with "6" matches a typed `--v 6.0`; the typed text stays while untouched.
const versionCodec: Codec<string | null> = {
  read: ({ value }) => (VERSION.test(value) ? { value: String(Number(value)) } : bad(null, value)),
  format: (v) => v,
};

const flagCodec: Codec<boolean> = {
  read: ({ value }) => stray(true, value),
  format: (v) => (v ? "" : null),
};

const listCodec = (split: (value: string) => string[], join: string): Codec<string[]> => ({
  read: ({ value }) => {
    const items = split(value);
    return items.length > 0 ? { value: items } : bad([], value);
  },
  format: (v) => (v.length > 0 ? v.join(join) : null),
});

const CODECS: { readonly [K in ControlKey]: Codec<ParamControls[K]> } = {
  aspectRatio: {
    read: ({ value }) => {
      const m = RATIO.exec(value);
      return m ? { value: `${Number(m[1])}:${Number(m[2])}` } : bad(null, value);
    },
    format: (v) => v,
  },
  version: versionCodec,
  niji: {
    read: (param) => (param.value === "" ? { value: "" } : versionCodec.read(param)),
    format: (v) => v,
  },
  style: {
    // `--raw` is `--style raw`; a style is one word, so anything longer is kept as an invalid value.
    read: ({ name, value }) => {
      if (isImpliedName("style", name)) return stray("raw", value);
      return value === "" || /\s/.test(value) ? bad(null, value) : { value: value.toLowerCase() };
    },
    format: (v) => v,
  },
  stylize: numberCodec,
  chaos: numberCodec,
  weird: numberCodec,
  quality: numberCodec,
  seed: numberCodec,
  stop: numberCodec,
  repeat: numberCodec,
  // Chinese input methods type the full-width comma, so both separate `--no` items.
  no: listCodec(
    (value) =>
      value
        .split(/[,，]/)
        .map((item) => item.trim())
        .filter(Boolean),
    ", ",
  ),
  tile: flagCodec,
  iw: numberCodec,
  sref: listCodec(words, " "),
  sw: numberCodec,
  cref: listCodec(words, " "),
  cw: numberCodec,
  oref: {
    read: ({ value }) => (value !== "" && !/\s/.test(value) ? { value } : bad(null, value)),
    format: (v) => v,
  },
  ow: numberCodec,
  personalize: {
    read: ({ value }) => ({ value: words(value) }),
    format: (v) => (v === null ? null : v.join(" ")),
  },
  speed: {
    // Only reached through the implied names, so the name is the value.
    read: ({ name, value }) => stray(name.toLowerCase() as Speed, value),
    format: (v) => v,
  },
  draft: flagCodec,
  exp: numberCodec,
  sv: numberCodec,
};

/** Controls of a prompt without params: what a form starts from. */
export function emptyControls(): ParamControls {
  return {
    aspectRatio: null,
    version: null,
    niji: null,
    style: null,
    stylize: null,
    chaos: null,
    weird: null,
    quality: null,
    seed: null,
    stop: null,
    repeat: null,
    no: [],
    tile: false,
    iw: null,
    sref: [],
    sw: null,
    cref: [],
    cw: null,
    oref: null,
    ow: null,
    personalize: null,
    speed: null,
    draft: false,
    exp: null,
    sv: null,
    invalid: {},
  };
}

function readInto<K extends ControlKey>(controls: ParamControls, key: K, param: ParsedParam): void {
  const { value, invalid } = CODECS[key].read(param);
  controls[key] = value;
  if (invalid === undefined) delete controls.invalid[key];
  else controls.invalid[key] = invalid;
}

/**
 * Control values of a parsed prompt. A repeated param is read in order, so the last one wins (value and
 * invalid text alike); `validatePrompt` warns about the repeat. Unknown params do not touch the controls.
 */
export function controlsFromPrompt(parsed: ParsedPrompt): ParamControls {
  const controls = emptyControls();
  for (const param of parsed.params) {
    if (param.key) readInto(controls, param.key, param);
  }
  return controls;
}

/** The value text a control writes (see Codec.format). */
export function formatControl<K extends ControlKey>(controls: ParamControls, key: K): string | null {
  return CODECS[key].format(controls[key]);
}

/**
 * Whether a control is in the same state in both: compared through the written text, so [] and [] or
 * 100 and 100 are equal whatever object holds them, plus the invalid text (so `--s abc` stays as typed).
 */
export function sameControl(a: ParamControls, b: ParamControls, key: ControlKey): boolean {
  return formatControl(a, key) === formatControl(b, key) && a.invalid[key] === b.invalid[key];
}

/**
 * What a control's onChange should call: sets the value and forgets the typed text that could not be read,
 * so `applyControls` rewrites (or, for an off value, removes) the param instead of keeping `--s abc`.
 */
export function setControl<K extends ControlKey>(
  controls: ParamControls,
  key: K,
  value: ParamControls[K],
): ParamControls {
  const invalid = { ...controls.invalid };
  delete invalid[key];
  return { ...controls, [key]: value, invalid };
}
