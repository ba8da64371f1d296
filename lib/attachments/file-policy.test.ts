import { describe, expect, it } from "vitest";
import { cleanFileName, decideFile, servedInline } from "./file-policy";

const png = { ext: "png", mime: "image/png" };
const exe = { ext: "exe", mime: "application/x-msdownload" };
const webm = { ext: "webm", mime: "video/webm" };
const pdf = { ext: "pdf", mime: "application/pdf" };

describe("decideFile: the bytes decide, the name may only agree", () => {
  it.each([
    ["photo.png", png, { ok: true, contentType: "image/png", kind: "image" }],
    ["PHOTO.PNG", png, { ok: true, contentType: "image/png", kind: "image" }],
    ["no-extension", png, { ok: true, contentType: "image/png", kind: "image" }],
    ["voice-message.webm", webm, { ok: true, contentType: "video/webm", kind: "video" }],
    ["scan.pdf", pdf, { ok: true, contentType: "application/pdf", kind: "file" }],
    ["notes.txt", undefined, { ok: true, contentType: "text/plain; charset=utf-8", kind: "file" }],
    ["photo.jpg", png, { ok: false, reason: "disguised" }],
    ["invoice.pdf", exe, { ok: false, reason: "disguised" }],
    ["notes.txt", png, { ok: false, reason: "disguised" }],
    ["photo.png", undefined, { ok: false, reason: "disguised" }],
    ["setup.exe", exe, { ok: false, reason: "unsupported" }],
    ["page.html", undefined, { ok: false, reason: "unsupported" }],
    ["logo.svg", undefined, { ok: false, reason: "unsupported" }],
    ["unknown.bin", undefined, { ok: false, reason: "unsupported" }],
  ] as const)("%s as %j", (name, sniffed, expected) => {
    expect(decideFile(name, sniffed)).toEqual(expected);
  });

  it("shows only pictures, videos and sounds inline", () => {
    expect([
      servedInline("image"),
      servedInline("video"),
      servedInline("audio"),
      servedInline("file"),
    ]).toEqual([true, true, true, false]);
  });

  it("cleanFileName keeps the name, drops paths and control characters", () => {
    expect(cleanFileName("C:\\Users\\me\\photo.png")).toBe("photo.png");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("bad\u0000name\u001f.txt")).toBe("badname.txt");
    expect(cleanFileName("   ")).toBe("file");
    expect(cleanFileName("x".repeat(300))).toHaveLength(200);
  });
});
