"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { FormError, inputClass, primaryButtonClass } from "@/components/auth/form-field";
import { useErrorText } from "@/components/common/use-error-text";
import { useCreateCollection } from "@/lib/queries/organize";

export function CreateCollectionForm() {
  const t = useTranslations("collectionsPage");
  const errorText = useErrorText();
  const create = useCreateCollection();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    setError(null);
    create.mutate(trimmed, {
      onSuccess: () => setName(""),
      onError: (e) => setError(errorText(e)),
    });
  }

  return (
    <form onSubmit={submit} aria-label={t("createLabel")} className="space-y-2">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <label className="block min-w-0 flex-1 sm:max-w-sm">
          <span className="mb-1 block text-sm font-medium">{t("newName")}</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={80}
            required
            className={inputClass}
          />
        </label>
        <button type="submit" className={primaryButtonClass} disabled={create.isPending || !name.trim()}>
          {create.isPending ? t("creating") : t("create")}
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}
