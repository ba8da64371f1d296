"use client";

import { Mic, Paperclip, Square, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Button, buttonVariants } from "../ui/button";
import { duration } from "./attachment-list";
import type { useUploads } from "./use-uploads";

type Uploads = ReturnType<typeof useUploads>;

/** "Attach file", "Record voice message", and the files on their way with the entry. */
export function AttachControls({ uploads, voice = true }: { uploads: Uploads; voice?: boolean }) {
  const t = useTranslations("tickets.attachments");
  const id = useId();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-file`} className={buttonVariants({ variant: "ghost", size: "sm" })}>
          <Paperclip aria-hidden className="size-4" />
          {t("attach")}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          multiple
          className="sr-only"
          onChange={(event) => {
            for (const file of Array.from(event.target.files ?? [])) void uploads.upload(file);
            event.target.value = "";
          }}
        />
        {voice ? (
          <VoiceRecorder onRecorded={(file, ms) => void uploads.upload(file, { durationMs: ms })} />
        ) : null}
      </div>
      {uploads.uploads.length > 0 ? (
        <ul className="flex flex-wrap gap-2 text-xs">
          {uploads.uploads.map((u) => (
            <li
              key={u.key}
              className="flex max-w-full items-center gap-1 rounded-md border border-border bg-muted px-2 py-1"
            >
              <span className="truncate">{u.fileName}</span>
              {u.state === "uploading" ? (
                <span className="text-muted-foreground">{t("uploading")}</span>
              ) : null}
              {u.state === "failed" ? (
                <span role="alert" className="text-destructive">
                  {u.error}
                </span>
              ) : null}
              <button
                type="button"
                aria-label={t("remove", { name: u.fileName })}
                className="rounded p-0.5 hover:bg-card"
                onClick={() => uploads.remove(u.key)}
              >
                <X aria-hidden className="size-3" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Records from the microphone as Opus in WebM, the format every current browser records and plays. */
function VoiceRecorder({ onRecorded }: { onRecorded: (file: File, durationMs: number) => void }) {
  const t = useTranslations("tickets.attachments");
  const recorder = useRef<MediaRecorder | null>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [problem, setProblem] = useState(false);
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [startedAt]);
  useEffect(
    () => () => {
      for (const track of recorder.current?.stream.getTracks() ?? []) track.stop();
    },
    [],
  );

  const start = async () => {
    setProblem(false);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const mimeType = MediaRecorder.isTypeSupported("audio/webm;codecs=opus")
        ? "audio/webm;codecs=opus"
        : "";
      const media = new MediaRecorder(stream, mimeType ? { mimeType } : {});
      const chunks: Blob[] = [];
      const began = Date.now();
      media.addEventListener("dataavailable", (event) => chunks.push(event.data));
      media.addEventListener("stop", () => {
        for (const track of stream.getTracks()) track.stop();
        const blob = new Blob(chunks, { type: "audio/webm" });
        onRecorded(new File([blob], "voice-message.webm", { type: "audio/webm" }), Date.now() - began);
      });
      media.start();
      recorder.current = media;
      setStartedAt(began);
      setNow(began);
    } catch {
      setProblem(true);
    }
  };
  const stop = () => {
    recorder.current?.stop();
    recorder.current = null;
    setStartedAt(null);
  };
  return (
    <>
      {startedAt === null ? (
        <Button type="button" variant="ghost" size="sm" onClick={() => void start()}>
          <Mic aria-hidden className="size-4" />
          {t("record")}
        </Button>
      ) : (
        <Button type="button" variant="outline" size="sm" onClick={stop}>
          <Square aria-hidden className="size-4 text-destructive" />
          {t("stop")}
          <span className="text-xs text-muted-foreground" aria-live="polite">
            {t("recording", { duration: duration(now - startedAt) })}
          </span>
        </Button>
      )}
      {problem ? (
        <p role="alert" className="text-xs text-destructive">
          {t("noMicrophone")}
        </p>
      ) : null}
    </>
  );
}
