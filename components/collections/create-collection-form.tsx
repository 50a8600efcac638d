"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { useCreateCollection } from "@/lib/queries/organize";

export function CreateCollectionForm() {
  const t = useTranslations("collectionsPage");
  const create = useCreateCollection();
  const [name, setName] = useState("");
  const form = useFormSubmit({
    send: async () => {
      await create.mutateAsync(name.trim());
      setName("");
    },
  });

  return (
    <form onSubmit={form.onSubmit} aria-label={t("createLabel")} className="space-y-2">
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
        {/* Disabled while the name is blank, so the form cannot be sent empty (Enter included). */}
        <Button type="submit" variant="primary" disabled={form.pending || !name.trim()}>
          {form.pending ? t("creating") : t("create")}
        </Button>
      </div>
      <Alert look="error-box">{form.error}</Alert>
    </form>
  );
}
