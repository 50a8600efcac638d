"use client";

import { useTranslations } from "next-intl";

import { ROLE_WEIGHTS, type TaskInputDto } from "@/lib/schemas/reference";
import type { TaskDetailDto } from "@/lib/schemas/task";

/** Every image the task was made from, with what it did (role) and how strongly (weight). */
export function TaskInputs({ task }: { task: TaskDetailDto }) {
  const t = useTranslations("referenceTray");
  if (task.inputs.length === 0) return null;
  return (
    <section aria-labelledby="inputs-title" data-testid="task-inputs" className="space-y-3">
      <h2 id="inputs-title" className="text-sm font-semibold text-zinc-500 dark:text-zinc-400">
        {t("inputs")}
      </h2>
      <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
        {task.inputs.map((input) => (
          <li key={input.position} data-testid="task-input" data-role={input.role}>
            <figure className="space-y-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- our guarded reference route */}
              <img
                src={input.reference.url}
                alt={t("inputAlt", { index: input.position + 1, role: t(`inputRoles.${input.role}`) })}
                className="aspect-square w-full rounded-lg bg-zinc-100 object-cover dark:bg-zinc-800"
              />
              <figcaption className="text-xs text-zinc-600 dark:text-zinc-300">
                {t(`inputRoles.${input.role}`)}
                {weightText(input) ? (
                  <span className="text-zinc-500 dark:text-zinc-400"> · {weightText(input)}</span>
                ) : null}
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}

function weightText(input: TaskInputDto): string | null {
  if (input.weight === null) return null;
  const role = input.role;
  if (role !== "image" && role !== "style" && role !== "character" && role !== "omni") return null;
  return `--${ROLE_WEIGHTS[role].param} ${input.weight}`;
}
