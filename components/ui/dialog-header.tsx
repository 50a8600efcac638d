import { Icon } from "@/components/ui/icon";

/** The title bar of our native modal dialogs: the heading that names the dialog and a 44 px close button. */
export function DialogHeader({
  titleId,
  title,
  closeLabel,
  onClose,
}: {
  /** The heading's id, which the <dialog> names itself by (aria-labelledby). */
  titleId: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
}) {
  return (
    <div className="flex items-center justify-between gap-2 border-b border-zinc-200 px-5 py-3 dark:border-zinc-800">
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      <button
        type="button"
        onClick={onClose}
        aria-label={closeLabel}
        className="flex size-11 items-center justify-center rounded-full hover:bg-zinc-100 dark:hover:bg-zinc-800"
      >
        <Icon d="M5 5l10 10M15 5 5 15" strokeWidth={2} />
      </button>
    </div>
  );
}
