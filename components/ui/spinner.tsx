/** The busy mark inside buttons; decorative, since a live region or aria-busy says what is happening. */
export function Spinner() {
  return (
    <span
      aria-hidden
      className="size-4 animate-spin rounded-full border-2 border-current border-r-transparent"
    />
  );
}
