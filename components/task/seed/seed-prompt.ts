// What "Reuse with seed" pre-fills: the task's prompt pinned to its seed.

/** The prompt with any old `--seed N` removed, then the new seed appended: what "Reuse with seed" pre-fills. */
export function promptWithSeed(prompt: string, seed: string): string {
  const bare = prompt
    .replace(/(^|\s)--seed(?:\s+\S+)?(?=\s|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return bare ? `${bare} --seed ${seed}` : `--seed ${seed}`;
}
