import { Alert } from "./alert";
import { Button } from "./button";
import type { FormSubmitState } from "./use-form-submit";

/** The end of a plain form: its failure or notice, then the submit button (renamed while busy if told how). */
export function FormFooter({
  state,
  label,
  pendingLabel = label,
  wide = false,
}: {
  state: FormSubmitState;
  label: string;
  pendingLabel?: string;
  /** Full width, for the narrow signed-out cards. */
  wide?: boolean;
}) {
  return (
    <>
      <Alert look="error-box">{state.error}</Alert>
      <Alert look="success">{state.notice}</Alert>
      <Button
        type="submit"
        variant="primary"
        className={wide ? "w-full" : undefined}
        disabled={state.pending}
      >
        {state.pending ? pendingLabel : label}
      </Button>
    </>
  );
}
