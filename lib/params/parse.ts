// Splits a prompt into leading image URLs, the text body and the params, keeping offsets into the original
// so that later edits touch only what changed.
import { keyForName } from "./catalog";
import type { ParsedParam, ParsedPrompt } from "./types";

interface Token {
  text: string;
  start: number;
  end: number;
}

// Discord shows image prompts as <https://…>; people paste them like that, so the brackets are allowed.
const URL_TOKEN = /^<?https?:\/\/[^\s<>]+>?$/i;
// A param starts a whitespace-separated token: `--` (or the em dash iOS turns it into) and an ASCII letter.
// Requiring the letter keeps multi-prompt weights (`::-.5`), dashes in prose (`a — b`) and `--` alone as text.
const PARAM_TOKEN = /^(--|—)([A-Za-z]\S*)$/;

function tokenize(text: string): Token[] {
  // \s is Unicode-aware in JS, so the ideographic space U+3000 of Chinese input separates tokens too.
  return Array.from(text.matchAll(/\S+/g), (m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * Midjourney reads params from the first `--name` to the end: a param's value is every token up to the
 * next param (so `--no a, b` needs no quoting, and words after a flag end up as its stray value).
 */
export function parsePrompt(text: string): ParsedPrompt {
  const tokens = tokenize(text);
  const urls: string[] = [];
  let i = 0;
  for (; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || !URL_TOKEN.test(token.text)) break;
    urls.push(token.text.replace(/^<(.*)>$/, "$1"));
  }
  const bodyStart = tokens[i - 1]?.end ?? 0;

  const starts: number[] = [];
  for (let j = i; j < tokens.length; j++) {
    if (PARAM_TOKEN.test(tokens[j]?.text ?? "")) starts.push(j);
  }

  const params: ParsedParam[] = [];
  starts.forEach((from, n) => {
    const head = tokens[from];
    const last = tokens[(starts[n + 1] ?? tokens.length) - 1];
    const match = head ? PARAM_TOKEN.exec(head.text) : null;
    if (!head || !last || !match) return;
    const name = match[2] ?? "";
    params.push({
      raw: text.slice(head.start, last.end),
      start: head.start,
      end: last.end,
      prefix: match[1] === "—" ? "—" : "--",
      name,
      key: keyForName(name),
      value: text.slice(head.end, last.end).trim(),
    });
  });

  const bodyEnd = params[0]?.start ?? text.length;
  return { urls, body: text.slice(bodyStart, Math.max(bodyStart, bodyEnd)).trim(), params };
}
