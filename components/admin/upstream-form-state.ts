// Pure form logic of the upstream settings form: what the fields start with, what they send, what is wrong.
import {
  ApiKeySchema,
  type AuthStyleValue,
  HttpUrlSchema,
  type ModeValue,
  parseAccountFilterText,
  type UpstreamSettingsDto,
  type UpstreamSettingsInput,
} from "@/lib/schemas/admin-settings";

/** "" in a select or text field = "use the env default". */
export interface UpstreamFormState {
  baseUrl: string;
  apiKey: string;
  clearKey: boolean;
  authStyle: AuthStyleValue | "";
  mode: ModeValue | "";
  accountFilter: string;
}

export interface UpstreamFormErrors {
  baseUrl?: "invalid";
  apiKey?: "invalid";
  accountFilter?: { kind: "json" | "shape"; message: string };
}

/** Saved values fill the fields; env defaults stay empty (they show as placeholders and badges instead). */
export function initialFormState(view: UpstreamSettingsDto): UpstreamFormState {
  const saved = <T>(f: { value: T; source: string }, empty: T) => (f.source === "saved" ? f.value : empty);
  const filter = saved(view.accountFilter, null);
  return {
    baseUrl: saved(view.baseUrl, null) ?? "",
    // Write-only: the key field always starts empty, whatever is stored.
    apiKey: "",
    clearKey: false,
    authStyle: saved<AuthStyleValue | "">(view.authStyle, ""),
    mode: saved<ModeValue | "">(view.mode, ""),
    // A saved "no filter" is {} so it stays distinguishable from "use the env default" (empty).
    accountFilter: view.accountFilter.source === "saved" ? JSON.stringify(filter ?? {}, null, 2) : "",
  };
}

export function validateForm(state: UpstreamFormState): UpstreamFormErrors {
  const errors: UpstreamFormErrors = {};
  if (state.baseUrl.trim() && !HttpUrlSchema.safeParse(state.baseUrl).success) errors.baseUrl = "invalid";
  if (!state.clearKey && !ApiKeySchema.safeParse(state.apiKey).success) errors.apiKey = "invalid";
  const filter = parseAccountFilterText(state.accountFilter);
  if (!filter.ok) errors.accountFilter = { kind: filter.error, message: filter.message };
  return errors;
}

export function hasErrors(errors: UpstreamFormErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** Every field is sent, so the form is a full replacement; a blank key is left out (= keep the saved one). */
export function formToInput(state: UpstreamFormState): UpstreamSettingsInput {
  const filter = parseAccountFilterText(state.accountFilter);
  const input: UpstreamSettingsInput = {
    baseUrl: state.baseUrl.trim() || null,
    authStyle: state.authStyle || null,
    mode: state.mode || null,
    accountFilter: filter.ok ? filter.value : null,
  };
  const key = state.apiKey.trim();
  if (state.clearKey) input.clearKey = true;
  else if (key) input.apiKey = key;
  return input;
}
