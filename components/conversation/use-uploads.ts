"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import type { AttachmentItem } from "@/lib/attachments/queries";

export type Upload =
  | { key: string; fileName: string; state: "uploading" }
  | { key: string; fileName: string; state: "done"; file: AttachmentItem }
  | { key: string; fileName: string; state: "failed"; error: string };

/**
 * Files picked or recorded for the entry being written: each is uploaded at once (the body is the
 * file, streamed), and the entry then carries the ids of those that arrived.
 */
export function useUploads(number: number) {
  const t = useTranslations("tickets.attachments");
  const [uploads, setUploads] = useState<Upload[]>([]);
  const upload = useCallback(
    async (file: File, voice?: { durationMs: number }) => {
      const key = `${Date.now()}-${Math.random()}`;
      setUploads((list) => [...list, { key, fileName: file.name, state: "uploading" }]);
      const settle = (next: Upload) => setUploads((list) => list.map((u) => (u.key === key ? next : u)));
      try {
        const response = await fetch(`/api/tickets/${number}/attachments`, {
          method: "POST",
          body: file,
          headers: {
            "Content-Type": "application/octet-stream",
            "X-File-Name": encodeURIComponent(file.name),
            ...(voice ? { "X-Voice-Duration-Ms": String(Math.round(voice.durationMs)) } : {}),
          },
        });
        const json = (await response.json().catch(() => null)) as
          | (AttachmentItem & { message?: string })
          | null;
        if (!response.ok || !json) {
          settle({ key, fileName: file.name, state: "failed", error: json?.message ?? t("failed") });
          return;
        }
        settle({ key, fileName: file.name, state: "done", file: json });
      } catch {
        settle({ key, fileName: file.name, state: "failed", error: t("failed") });
      }
    },
    [number, t],
  );
  const remove = (key: string) => setUploads((list) => list.filter((u) => u.key !== key));
  const clear = () => setUploads([]);
  const ids = uploads.flatMap((u) => (u.state === "done" ? [u.file.id] : []));
  const busy = uploads.some((u) => u.state === "uploading");
  return { uploads, upload, remove, clear, ids, busy };
}
