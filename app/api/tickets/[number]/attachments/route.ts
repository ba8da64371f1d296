import { Readable } from "node:stream";
import { z } from "zod";
import { uploadAttachment } from "@/lib/attachments/upload-attachment";
import { invalid, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/msg";
import { securityHeaders } from "@/lib/security/headers";
import { assertSameOrigin, withActor } from "@/lib/server/route-context";
import { attachmentStore } from "@/lib/storage/attachment-store";
import { parseTicketNumber } from "@/lib/tickets/ticket-number";

export const dynamic = "force-dynamic";

const voiceDuration = z.coerce.number().int().min(0).max(3_600_000);

/**
 * Uploads one file for a message or update: the request's body is the file itself (streamed, never
 * read whole), its name in `X-File-Name` (URI-encoded); `X-Voice-Duration-Ms` marks a voice message.
 */
export async function POST(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const response = await upload(request, parseTicketNumber((await params).number));
  // The proxy leaves this route alone (see proxy.ts): its headers are set here.
  const https =
    new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

function upload(request: Request, number: number | null): Promise<Response> {
  return withActor(async (ctx) => {
    assertSameOrigin(request);
    if (number === null) throw notFound(msg("errors.notFound.ticket"));
    if (!request.body) throw invalid(msg("errors.checkInput"));
    const rawName = request.headers.get("x-file-name") ?? "";
    let fileName: string;
    try {
      fileName = decodeURIComponent(rawName);
    } catch {
      throw invalid(msg("errors.checkInput"));
    }
    const length = Number(request.headers.get("content-length"));
    const duration = request.headers.get("x-voice-duration-ms");
    const parsedDuration = duration === null ? null : voiceDuration.safeParse(duration);
    if (parsedDuration && !parsedDuration.success) throw invalid(msg("errors.checkInput"));
    return uploadAttachment(
      ctx,
      {
        ticket: { number },
        fileName,
        declaredSize: Number.isSafeInteger(length) && length > 0 ? length : null,
        body: Readable.fromWeb(request.body as import("node:stream/web").ReadableStream),
        voice: parsedDuration?.success ? { durationMs: parsedDuration.data } : null,
      },
      attachmentStore(),
    );
  });
}
