import escapeHtml from "escape-html";

export type EmailFooter = {
  text: string;
  unsubscribeLabel: string;
  unsubscribeUrl: string;
  oneClickUrl: string;
};

export type ComposedEmail = { text: string; html: string; headers: Record<string, string> };

const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/** One line of text as HTML: every character escaped, http(s) addresses made links. */
function lineToHtml(line: string): string {
  let html = "";
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0];
    html += escapeHtml(line.slice(last, match.index));
    html += `<a href="${escapeHtml(url)}" style="color:#1d4ed8">${escapeHtml(url)}</a>`;
    last = (match.index ?? 0) + url.length;
  }
  return html + escapeHtml(line.slice(last));
}

/**
 * The text and the HTML part of an e-mail, both from the one text its template rendered, so the
 * two never say different things. Nothing of the text becomes markup: names, titles and messages
 * are escaped whatever they contain. With a footer, the recipient can unsubscribe from the text,
 * the HTML and their mail client's button (List-Unsubscribe, one click per RFC 8058).
 */
export function composeEmail(body: string, footer?: EmailFooter): ComposedEmail {
  const paragraphs = body
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p style="margin:0 0 16px">${p.split("\n").map(lineToHtml).join("<br>")}</p>`)
    .join("\n");
  const footerHtml = footer
    ? `<p style="margin:24px 0 0;font-size:12px;color:#6b7280">${escapeHtml(footer.text)} <a href="${escapeHtml(footer.unsubscribeUrl)}" style="color:#6b7280">${escapeHtml(footer.unsubscribeLabel)}</a></p>`
    : "";
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:24px;background:#f9fafb;font-family:system-ui,-apple-system,sans-serif;font-size:15px;line-height:1.5;color:#111827">
<div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border:1px solid #e5e7eb;border-radius:8px">
${paragraphs}${footerHtml}
</div></body></html>`;
  const text = footer
    ? `${body.trim()}\n\n-- \n${footer.text} ${footer.unsubscribeLabel}: ${footer.unsubscribeUrl}\n`
    : body;
  const headers: Record<string, string> = footer
    ? {
        "List-Unsubscribe": `<${footer.oneClickUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      }
    : {};
  return { text, html, headers };
}
