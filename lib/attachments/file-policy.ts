/** How an attachment is shown: inline as a picture, a video or a sound, or offered as a download. */
export const ATTACHMENT_KINDS = ["image", "video", "audio", "file"] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Types a browser may show inline: their own players and <img>, never a document that runs script. */
const INLINE: Readonly<Record<string, AttachmentKind>> = {
  "image/png": "image",
  "image/jpeg": "image",
  "image/gif": "image",
  "image/webp": "image",
  "image/avif": "image",
  "video/mp4": "video",
  "video/webm": "video",
  "video/quicktime": "video",
  "audio/mpeg": "audio",
  "audio/ogg": "audio",
  "audio/opus": "audio",
  "audio/wav": "audio",
  "audio/webm": "audio",
  "audio/mp4": "audio",
  "audio/aac": "audio",
  "audio/flac": "audio",
};

/** Documents and archives accepted as downloads (always `Content-Disposition: attachment`). */
const DOWNLOADS: ReadonlySet<string> = new Set([
  "application/pdf",
  "application/zip",
  "application/gzip",
  "application/x-7z-compressed",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/x-cfb",
  "image/heic",
  "image/heif",
  "image/tiff",
  "image/bmp",
]);

/** Plain text has no signature to sniff: accepted by these names only, and served as text to download. */
const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(["txt", "csv", "log", "md"]);

/** Names that are the same type as the one sniffed, beyond the sniffer's own extension. */
const SAME_TYPE: Readonly<Record<string, readonly string[]>> = {
  jpg: ["jpeg", "jpe"],
  tif: ["tiff"],
  mp4: ["m4v", "m4a"],
  m4a: ["mp4"],
  ogg: ["oga", "ogv", "opus"],
  opus: ["ogg"],
  webm: ["weba"],
  mov: ["qt"],
  cfb: ["doc", "xls", "ppt", "msg"],
  heic: ["heif"],
  gz: ["tgz"],
};

/** Extensions the sniffer recognises by their bytes: a name with one of them must match the bytes. */
const SNIFFABLE = new Set([
  ...[
    "png",
    "jpg",
    "jpeg",
    "gif",
    "webp",
    "avif",
    "mp4",
    "webm",
    "mov",
    "mp3",
    "ogg",
    "wav",
    "m4a",
    "aac",
    "flac",
  ],
  ...[
    "pdf",
    "zip",
    "gz",
    "7z",
    "docx",
    "xlsx",
    "pptx",
    "odt",
    "ods",
    "doc",
    "xls",
    "ppt",
    "heic",
    "tif",
    "tiff",
  ],
  ...["bmp", "exe", "dll", "msi", "elf", "apk", "jar", "dmg", "iso", "rar", "swf", "class"],
]);

export type Sniffed = { readonly ext: string; readonly mime: string } | undefined;

export type FileDecision =
  | { ok: true; contentType: string; kind: AttachmentKind }
  | { ok: false; reason: "disguised" | "unsupported" };

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

/**
 * Whether a file is accepted, and as what: decided by its bytes, never its name. A name that claims
 * another type than the bytes are (a program called "photo.png") is refused; so is any type not on
 * the lists above, HTML and SVG included, which never reach a browser from this app.
 */
export function decideFile(fileName: string, sniffed: Sniffed): FileDecision {
  const ext = extensionOf(fileName);
  if (!sniffed) {
    if (TEXT_EXTENSIONS.has(ext)) return { ok: true, contentType: "text/plain; charset=utf-8", kind: "file" };
    return { ok: false, reason: SNIFFABLE.has(ext) ? "disguised" : "unsupported" };
  }
  const sameType = ext === sniffed.ext || (SAME_TYPE[sniffed.ext] ?? []).includes(ext);
  if (ext !== "" && !sameType && (SNIFFABLE.has(ext) || TEXT_EXTENSIONS.has(ext))) {
    return { ok: false, reason: "disguised" };
  }
  const inline = INLINE[sniffed.mime];
  if (!inline && !DOWNLOADS.has(sniffed.mime)) return { ok: false, reason: "unsupported" };
  return { ok: true, contentType: sniffed.mime, kind: inline ?? "file" };
}

/** Pictures, videos and sounds play in the page; everything else is only ever downloaded. */
export const servedInline = (kind: AttachmentKind) => kind !== "file";

/** A file name as shown and sent back: no path, no control characters, at most 200 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return cleaned.slice(0, 200) || "file";
}
