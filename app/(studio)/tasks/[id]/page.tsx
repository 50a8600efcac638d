// Task detail: server-rendered first paint, then a live client island on the same query key.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";

import { TaskDetail } from "@/components/task/task-detail";
import { AppError } from "@/lib/errors";
import { requirePageViewer } from "@/lib/server/auth/page-session";
import { getTaskDetail } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// Shared by generateMetadata and the page within one request.
const loadTask = cache(async (id: string) => {
  try {
    return await getTaskDetail(id, await requirePageViewer(`/tasks/${id}`));
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [task, t] = await Promise.all([loadTask(id), getTranslations("meta")]);
  const prompt = task.prompt.length > 60 ? `${task.prompt.slice(0, 57)}…` : task.prompt;
  return { title: t("taskTitle", { prompt }) };
}

export default async function TaskPage({ params }: Props) {
  const { id } = await params;
  const task = await loadTask(id);
  return <TaskDetail initialTask={task} />;
}
