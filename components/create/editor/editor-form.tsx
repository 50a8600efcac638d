"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";

import type { UseReferenceDetail } from "@/components/layout/studio-events";
import type { Size } from "@/components/task/dialogs/mask-editor/geometry";
import { emptyHistory, type History } from "@/components/task/dialogs/mask-editor/history";
import { MaskEditor } from "@/components/task/dialogs/mask-editor/mask-editor";
import { exportMask, hasPaint, type Shape } from "@/components/task/dialogs/mask-editor/shapes";
import { RemoveDot } from "@/components/ui/image-chips";
import { editorKeys, editorQueries } from "@/lib/queries/editor";
import { useCreateEdit, useCreateRetexture } from "@/lib/queries/tasks";

import { CreateFeedback } from "../create-feedback";
import { ImageSlot } from "../image-slot";
import { PromptTextarea } from "../prompt-textarea";
import { SubmitButton } from "../submit-button";
import { useCreateSubmit } from "../use-create-submit";
import { EditorUnavailable } from "./editor-unavailable";
import { type EditorImage, useEditorSource } from "./use-editor-source";

type Mode = "edit" | "retexture";
export type EditorPreset = UseReferenceDetail & { nonce: number };

/** The image part of a submit: the upload's data URL, or the gallery reference's id. */
function sourceOf(image: EditorImage) {
  return image.kind === "upload" ? { image: image.dataUrl } : { referenceId: image.referenceId };
}

/** Edit (paint the area to change) or Retexture an image; shows why instead when the upstream lacks the endpoint. */
interface Props {
  mode: Mode;
  /** An image sent from the gallery (the lightbox's Edit / Retexture); a new nonce loads it again. */
  preset: EditorPreset | null;
  /** The preset has just arrived: move focus here once, then say so (`onArrived`). */
  focusOnArrival: boolean;
  onArrived: () => void;
}

export function EditorForm(props: Props) {
  const capabilities = useQuery(editorQueries.capabilities());
  if (capabilities.data?.[props.mode] === "absent") return <EditorUnavailable mode={props.mode} />;
  return <EditorFields {...props} />;
}

function EditorFields({ mode, preset, focusOnArrival, onArrived }: Props) {
  const t = useTranslations("editor");
  const tc = useTranslations("create");
  const promptId = useId();
  const client = useQueryClient();
  const edit = useCreateSubmit(useCreateEdit());
  const retexture = useCreateSubmit(useCreateRetexture());
  const submit = mode === "edit" ? edit : retexture;
  const source = useEditorSource(preset, submit.edited);
  const [prompt, setPrompt] = useState("");
  const [history, setHistory] = useState<History<Shape>>(emptyHistory);
  const [problem, setProblem] = useState<"maskEmpty" | "maskNotReady" | null>(null);
  const { image } = source;
  const natural: Size | null = image ? { width: image.width, height: image.height } : null;
  const ready = image !== null && prompt.trim() !== "" && !source.loading && source.upload.processing === 0;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!ready || !image || submit.locked) return;
    const text = prompt.trim();
    if (mode === "retexture") {
      retexture.send(
        (idempotencyKey) => ({ prompt: text, ...sourceOf(image), idempotencyKey }),
        () => undefined,
      );
      return;
    }
    if (!natural) return setProblem("maskNotReady");
    if (!hasPaint(history.present)) return setProblem("maskEmpty");
    setProblem(null);
    const mask = exportMask(history.present, natural, () => document.createElement("canvas"));
    edit.send(
      (idempotencyKey) => ({ prompt: text, ...sourceOf(image), mask, idempotencyKey }),
      () => setHistory(emptyHistory),
    );
  }

  // A failed submit may have taught the server that the upstream lacks the endpoint: re-read the capabilities,
  // so the form turns into the explanation.
  const error = submit.error;
  useEffect(() => {
    if (error) void client.invalidateQueries({ queryKey: editorKeys.capabilities() });
  }, [error, client]);

  // An image sent from the lightbox: the viewer closes (returning focus to its tile as it goes) and the composer
  // opens; once no modal dialog is left, focus lands on this form's heading, so a screen reader says where the
  // image went and a phone shows no keyboard. Given up after a couple of seconds rather than stealing focus late.
  const heading = useRef<HTMLHeadingElement>(null);
  const arrived = useRef(onArrived);
  useEffect(() => {
    arrived.current = onArrived;
  });
  useEffect(() => {
    if (!focusOnArrival) return;
    const giveUpAt = performance.now() + 2_000;
    let frame = 0;
    const tryFocus = () => {
      if (document.querySelector("dialog[open]") && performance.now() < giveUpAt) {
        frame = requestAnimationFrame(tryFocus);
        return;
      }
      heading.current?.focus();
      arrived.current();
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [focusOnArrival]);

  const changed = () => {
    setProblem(null);
    submit.edited();
  };

  return (
    <form
      aria-labelledby={`editor-${mode}-heading`}
      onSubmit={onSubmit}
      data-editor-form={mode}
      className="space-y-4"
    >
      <div className="space-y-1">
        <h2
          ref={heading}
          id={`editor-${mode}-heading`}
          tabIndex={-1}
          className="text-lg font-semibold outline-none"
        >
          {t(`${mode}.heading`)}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t(`${mode}.hint`)}</p>
      </div>
      {!image ? (
        <ImageSlot
          label={t("image")}
          slot={{ ...source.upload, pick: (files: readonly File[]) => source.pick(files) }}
          testId={`editor-${mode}-image`}
        />
      ) : mode === "edit" && natural ? (
        <div className="space-y-2" data-testid="editor-mask">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("paintHint")}</p>
          <MaskEditor
            key={image.url}
            imageUrl={image.url}
            natural={natural}
            onNaturalSize={() => undefined}
            history={history}
            onHistory={(update) => {
              changed();
              setHistory(update);
            }}
          />
          <button
            type="button"
            onClick={() => {
              source.clear();
              setHistory(emptyHistory);
            }}
            className="min-h-11 rounded-xl border border-zinc-300 px-3 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            {tc("remove", { label: t("image") })}
          </button>
        </div>
      ) : (
        <div className="relative w-fit" data-testid={`editor-${mode}-picked`}>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL or our own reference route */}
          <img
            src={image.url}
            alt={
              image.kind === "gallery"
                ? t("fromGallery", { width: image.width, height: image.height })
                : tc("picked", { label: t("image"), width: image.width, height: image.height })
            }
            className="max-h-48 max-w-full rounded-lg object-contain ring-1 ring-zinc-300 dark:ring-zinc-700"
          />
          <RemoveDot label={tc("remove", { label: t("image") })} onClick={() => source.clear()} />
        </div>
      )}
      {source.loading ? (
        <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
          {t("loading")}
        </p>
      ) : null}
      <div className="space-y-1.5">
        <PromptTextarea
          id={promptId}
          label={t("prompt")}
          value={prompt}
          onChange={(value) => {
            setPrompt(value);
            changed();
          }}
          rows={3}
          maxLength={4000}
          className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-base sm:text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t(problem)}
        </p>
      ) : null}
      <SubmitButton label={t(`${mode}.submit`)} disabled={!ready || submit.locked} busy={submit.locked} />
      <CreateFeedback
        pending={submit.locked}
        created={submit.created}
        error={submit.error ?? source.error}
        notices={source.upload.notices}
      />
    </form>
  );
}
