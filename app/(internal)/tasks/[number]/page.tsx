import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TaskView } from "@/components/tasks/task-view";
import { requireInternal } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { getTaskDetail } from "@/lib/tasks/queries";
import { listEmployees } from "@/lib/users/queries";
import { parseItemNumber } from "@/lib/work-items/item-number";
import { formatItemNumber } from "@/lib/workflow/work-item-kinds";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const number = parseItemNumber("task", (await params).number);
  return {
    title:
      number === null
        ? (await getTranslations("tasks.detail"))("pageTitle")
        : formatItemNumber("task", number),
  };
}

export default async function TaskPage({ params }: Props) {
  const actor = await requireInternal();
  const number = parseItemNumber("task", (await params).number);
  if (number === null) notFound();
  const ctx = { actor, db: await getDb() };
  const [task, employees] = await Promise.all([getTaskDetail(ctx, number), listEmployees(ctx)]);
  if (!task) notFound();
  return <TaskView initial={task} employees={employees} />;
}
