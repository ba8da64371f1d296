import { z } from "zod";
import { findAttachment } from "@/lib/attachments/find-attachment";
import { serveAttachment } from "@/lib/attachments/serve-attachment";
import { getActor } from "@/lib/auth/get-actor";
import { translator } from "@/lib/i18n/translate";
import { getDb } from "@/lib/server/db";
import { attachmentStore } from "@/lib/storage/attachment-store";

export const dynamic = "force-dynamic";

/** Every download goes through here: the reader is authorized for the file's ticket and entry. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  const id = z.uuid().safeParse((await params).id);
  const file = id.success ? await findAttachment({ actor, db: await getDb() }, id.data) : null;
  if (!file) {
    return Response.json(
      { code: "not_found", message: translator(actor.locale).t("errors.notFound.attachment") },
      { status: 404 },
    );
  }
  const download = new URL(request.url).searchParams.get("download") === "1";
  return serveAttachment(file, attachmentStore(), request.headers.get("range"), { download });
}
