import { useFormatter, useTranslations } from "next-intl";
import { type AttachmentItem, attachmentUrl } from "@/lib/attachments/queries";
import { cn } from "@/lib/ui/cn";

/** Files of a message or update: pictures and players inline, everything else as a download. */
export function AttachmentList({
  files,
  className,
}: {
  files: readonly AttachmentItem[];
  className?: string;
}) {
  const t = useTranslations("tickets.attachments");
  const format = useFormatter();
  if (files.length === 0) return null;
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t("kb", { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t("mb", { size: format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 }) });
  return (
    <ul className={cn("mt-2 space-y-2", className)} aria-label={t("label")}>
      {files.map((file) => (
        <li key={file.id} className="space-y-1">
          <AttachmentView file={file} size={size} />
        </li>
      ))}
    </ul>
  );
}

function AttachmentView({ file, size }: { file: AttachmentItem; size: (bytes: number) => string }) {
  const t = useTranslations("tickets.attachments");
  const src = attachmentUrl(file.id);
  switch (file.kind) {
    case "image":
      return (
        <a href={src} target="_blank" rel="noopener noreferrer" className="inline-block">
          {/* biome-ignore lint/performance/noImgElement: a user's file through an authorizing route, not an optimizable asset */}
          <img
            src={src}
            alt={file.fileName}
            loading="lazy"
            className="max-h-60 max-w-full rounded-md border border-border object-contain"
          />
        </a>
      );
    case "video":
      return (
        <>
          {/* biome-ignore lint/a11y/useMediaCaption: people's own recordings have no captions */}
          <video controls preload="metadata" src={src} className="max-h-72 max-w-full rounded-md" />
          <p className="text-xs opacity-80">{file.fileName}</p>
        </>
      );
    case "audio":
      return (
        <>
          {/* biome-ignore lint/a11y/useMediaCaption: voice messages have no captions */}
          <audio controls preload="metadata" src={src} className="max-w-full" />
          <p className="text-xs opacity-80">
            {file.voice
              ? t("voice", { duration: duration(file.durationMs ?? 0) })
              : `${file.fileName} · ${size(file.size)}`}
          </p>
        </>
      );
    case "file":
      return (
        <>
          <a href={`${src}?download=1`} className="underline underline-offset-2 break-all">
            {file.fileName}
          </a>{" "}
          <span className="text-xs opacity-80">{size(file.size)}</span>
        </>
      );
  }
}

export function duration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
