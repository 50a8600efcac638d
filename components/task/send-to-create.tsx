import Link from "next/link";
import { useTranslations } from "next-intl";

import { buttonClass } from "@/components/ui/button";
import type { TaskDto } from "@/lib/schemas/task";

/**
 * Edit, Retexture and Animate from a task's page: links to the home page's create panel in that mode with this
 * image (components/create/use-image-handoff.ts), as the lightbox's buttons do without leaving the gallery.
 */
export function SendToCreateLinks({ task }: { task: TaskDto }) {
  const editor = useTranslations("editor");
  const video = useTranslations("video");
  if (!task.image || task.videos.length > 0) return null;
  const href = (mode: "edit" | "retexture" | "animate") =>
    `/?mode=${mode}&image=${encodeURIComponent(task.id)}`;
  return (
    <>
      <Link href={href("edit")} className={buttonClass("action")} data-testid="task-send-edit">
        {editor("openEdit")}
      </Link>
      <Link href={href("retexture")} className={buttonClass("action")} data-testid="task-send-retexture">
        {editor("openRetexture")}
      </Link>
      <Link href={href("animate")} className={buttonClass("action")} data-testid="task-send-animate">
        {video("animateImage")}
      </Link>
    </>
  );
}
