import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SessionView } from "@/components/sessions/session-view";
import { requireStaff } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { getSessionDetail } from "@/lib/sessions/queries";
import { parseItemNumber } from "@/lib/work-items/item-number";
import { formatItemNumber } from "@/lib/workflow/work-item-kinds";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const number = parseItemNumber("video_session", (await params).number);
  return {
    title:
      number === null
        ? (await getTranslations("sessions.detail"))("pageTitle")
        : formatItemNumber("video_session", number),
  };
}

export default async function SessionPage({ params }: Props) {
  const actor = await requireStaff();
  const number = parseItemNumber("video_session", (await params).number);
  if (number === null) notFound();
  const session = await getSessionDetail({ actor, db: await getDb() }, number);
  if (!session) notFound();
  if (session.audience !== "staff") redirect(`/portal/sessions/${number}`);
  return <SessionView initial={session} />;
}
