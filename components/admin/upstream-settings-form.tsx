"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { Alert } from "@/components/ui/alert";
import { SectionHeading } from "@/components/ui/heading";
import { ListStates } from "@/components/ui/list-states";
import {
  adminSettingsQueries,
  useSaveUpstreamSettings,
  useTestUpstreamConnection,
} from "@/lib/queries/admin-settings";
import { MAX_API_KEY_LENGTH, type UpstreamSettingsDto } from "@/lib/schemas/admin-settings";

import { ActionButton, describedBy, Field, inputClass } from "./upstream-fields";
import {
  formToInput,
  hasErrors,
  initialFormState,
  type UpstreamFormState,
  validateForm,
} from "./upstream-form-state";
import { type LastAction, UpstreamStatusLine } from "./upstream-status-line";

/** Admin form for the upstream API: base URL, write-only key, auth style, speed mode and accountFilter. */
export function UpstreamSettingsForm() {
  const t = useTranslations("adminSettings");
  const query = useQuery(adminSettingsQueries.upstream());
  return (
    <ListStates words={t} query={query} empty={null}>
      {query.data ? <SettingsFields view={query.data} /> : null}
    </ListStates>
  );
}

function SettingsFields({ view }: { view: UpstreamSettingsDto }) {
  const t = useTranslations("adminSettings");
  const save = useSaveUpstreamSettings();
  const test = useTestUpstreamConnection();
  const [state, setState] = useState<UpstreamFormState>(() => initialFormState(view));
  const [last, setLast] = useState<LastAction | null>(null);
  const errors = validateForm(state);
  const invalid = hasErrors(errors);
  const busy = save.isPending || test.isPending;

  const set = <K extends keyof UpstreamFormState>(key: K, value: UpstreamFormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (invalid || busy) return;
    setLast({ kind: "saving" });
    save.mutate(formToInput(state), {
      onSuccess: (saved) => {
        // Fields now show what is saved; the key field empties again (write-only). A refetch triggered by
        // another admin does not reset them, so typing is never overwritten.
        setState(initialFormState(saved));
        setLast({ kind: "saved" });
      },
      onError: (error) => setLast({ kind: "save-failed", error }),
    });
  }

  function runTest() {
    if (invalid || busy) return;
    setLast({ kind: "testing" });
    // The values in the form, saved or not; a blank key field means "the key in use".
    test.mutate(formToInput(state), {
      onSuccess: (result) => setLast({ kind: "tested", result }),
      onError: (error) => setLast({ kind: "test-failed", error }),
    });
  }

  const envDefault = (value: string) => t("envDefault", { value });
  const keyHint = view.key.saved ? t("key.kept") : t("key.none");
  const keyUsing = view.key.saved ? null : t(`key.using.${view.key.source}`);
  const filterError = errors.accountFilter
    ? t(errors.accountFilter.kind === "json" ? "accountFilter.invalidJson" : "accountFilter.invalidShape", {
        message: errors.accountFilter.message,
      })
    : null;
  const filterHint = t("accountFilter.hint", {
    value: view.accountFilter.envValue
      ? JSON.stringify(view.accountFilter.envValue)
      : t("accountFilter.none"),
  });

  return (
    <form aria-labelledby="upstream-heading" onSubmit={submit} noValidate className="space-y-5">
      <SectionHeading id="upstream-heading" title={t("heading")} intro={t("intro")} />

      {view.warnings.map((w) => (
        <Alert key={w} look="warning">
          {t(`warnings.${w}`)}
        </Alert>
      ))}

      <Field
        id="upstream-base-url"
        label={t("baseUrl.label")}
        source={view.baseUrl.source}
        hint={t("baseUrl.hint")}
        error={errors.baseUrl ? t("baseUrl.invalid") : null}
      >
        <input
          id="upstream-base-url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={state.baseUrl}
          placeholder={view.baseUrl.envValue ?? t("baseUrl.simulator")}
          aria-invalid={errors.baseUrl ? true : undefined}
          aria-describedby={describedBy("upstream-base-url", errors.baseUrl, true)}
          onChange={(e) => set("baseUrl", e.target.value)}
          className={inputClass}
        />
      </Field>

      <Field
        id="upstream-api-key"
        label={t("key.label")}
        source={view.key.source === "saved" ? "saved" : view.key.hasKey ? "env" : undefined}
        hint={keyUsing ? `${keyHint} ${keyUsing}` : keyHint}
        error={errors.apiKey ? t("key.invalid") : null}
      >
        <input
          id="upstream-api-key"
          type="password"
          // Keeps password managers from filling in the admin's own sign-in password.
          autoComplete="new-password"
          spellCheck={false}
          maxLength={MAX_API_KEY_LENGTH}
          value={state.apiKey}
          disabled={state.clearKey}
          aria-invalid={errors.apiKey ? true : undefined}
          aria-describedby={describedBy("upstream-api-key", errors.apiKey, true)}
          onChange={(e) => set("apiKey", e.target.value)}
          className={inputClass}
        />
      </Field>
      {view.key.saved ? (
        <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm">
          <input
            type="checkbox"
            checked={state.clearKey}
            onChange={(e) => setState((s) => ({ ...s, clearKey: e.target.checked, apiKey: "" }))}
            className="size-5 accent-violet-600"
          />
          {t("key.remove")}
        </label>
      ) : null}

      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="upstream-auth-style" label={t("authStyle.label")} source={view.authStyle.source}>
          <select
            id="upstream-auth-style"
            value={state.authStyle}
            onChange={(e) => set("authStyle", e.target.value as UpstreamFormState["authStyle"])}
            className={inputClass}
          >
            <option value="">{envDefault(t(`authStyle.${view.authStyle.envValue}`))}</option>
            <option value="bearer">{t("authStyle.bearer")}</option>
            <option value="mj-api-secret">{t("authStyle.mj-api-secret")}</option>
            <option value="authorization">{t("authStyle.authorization")}</option>
          </select>
        </Field>
        <Field id="upstream-mode" label={t("mode.label")} source={view.mode.source} hint={t("mode.hint")}>
          <select
            id="upstream-mode"
            value={state.mode}
            aria-describedby="upstream-mode-hint"
            onChange={(e) => set("mode", e.target.value as UpstreamFormState["mode"])}
            className={inputClass}
          >
            <option value="">{envDefault(t(`mode.${view.mode.envValue}`))}</option>
            {(["fast", "relax", "turbo", "none"] as const).map((m) => (
              <option key={m} value={m}>
                {t(`mode.${m}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>

      <Field
        id="upstream-account-filter"
        label={t("accountFilter.label")}
        source={view.accountFilter.source}
        hint={filterHint}
        error={filterError}
      >
        <textarea
          id="upstream-account-filter"
          rows={4}
          spellCheck={false}
          value={state.accountFilter}
          placeholder='{"modes":["RELAX"],"remark":"team"}'
          aria-invalid={filterError ? true : undefined}
          aria-describedby={describedBy("upstream-account-filter", filterError, true)}
          onChange={(e) => set("accountFilter", e.target.value)}
          className={`${inputClass} resize-y font-mono text-sm`}
        />
      </Field>

      <div className="flex flex-wrap gap-3">
        <ActionButton primary label={t("save")} busy={save.isPending} disabled={invalid || busy} />
        <ActionButton label={t("test")} busy={test.isPending} disabled={invalid || busy} onClick={runTest} />
      </div>
      <UpstreamStatusLine last={last} />
    </form>
  );
}
