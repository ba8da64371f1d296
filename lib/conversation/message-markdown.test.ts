import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessageText } from "@/components/conversation/message-text";
import { parseMessage, safeHref } from "./message-markdown";

const html = (body: string) =>
  renderToStaticMarkup(createElement(MessageText, { paragraphs: parseMessage(body) }));

/** Classics of the OWASP XSS filter evasion cheat sheet, in HTML and in markdown. */
const CORPUS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  "<img src=x onerror=alert(1)//",
  "<IMG SRC=\"javascript:alert('XSS');\">",
  "<IMG SRC=javascript:alert(&quot;XSS&quot;)>",
  "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
  '<svg onload="alert(1)">',
  "<svg/onload=alert(1)>",
  "<body onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  "<a href=\"jav&#x09;ascript:alert('XSS');\">click</a>",
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '"><script>alert(1)</script>',
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](vbscript:msgbox(1))",
  "![x](javascript:alert(1))",
  '![x](https://example.com/x.png"onerror="alert(1))',
  "<javascript:alert(1)>",
  "<data:text/html,<script>alert(1)</script>>",
  "[a]: javascript:alert(1)\n\n[a]",
  "**<script>alert(1)</script>**",
  "*<img src=x onerror=alert(1)>*",
  "https://example.com/<script>alert(1)</script>",
  'https://example.com/"onmouseover="alert(1)',
  "`<script>alert(1)</script>`",
  "```html\n<script>alert(1)</script>\n```",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "\\<script>alert(1)\\</script>",
  "<<script>script>alert(1)<</script>/script>",
  "<!-- --><script>alert(1)</script>",
  "<style>body{background:url(javascript:alert(1))}</style>",
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  "<details open ontoggle=alert(1)>",
];

const ALLOWED_TAGS = new Set(["div", "p", "strong", "em", "a", "br"]);

describe("message rendering against the XSS corpus", () => {
  it.each(CORPUS)("renders %j without executable markup", (payload) => {
    const out = html(payload);
    const tags = [...out.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
    expect(tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    // Attributes: only the renderer's own.
    const attributes = [...out.matchAll(/<[a-z]+((?:\s+[a-z-]+="[^"]*")*)\s*\/?>/g)].flatMap((m) =>
      [...m[1]!.matchAll(/([a-z-]+)="/g)].map((a) => a[1]),
    );
    expect(attributes.filter((a) => !["class", "href", "target", "rel"].includes(a!))).toEqual([]);
    for (const [, href] of out.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https?|mailto):/);
    // Inside text, "<" is always escaped: a tag can only be one the renderer made.
    expect(out).not.toMatch(/<(script|img|svg|iframe|object|embed|style|base|meta|form|body|math|details)/i);
  });

  it("keeps what was typed: angle brackets and entities show as text, not markup", () => {
    expect(html("<b>hi</b> &lt;")).toBe(
      '<div class="space-y-2 break-words whitespace-pre-wrap"><p>&lt;b&gt;hi&lt;/b&gt; &amp;lt;</p></div>',
    );
    expect(html("# not a heading\n- not a list")).toContain("# not a heading\n- not a list");
    expect(html("[text](https://example.com)")).toContain("[text](");
  });
});

describe("what messages may contain", () => {
  it("bold, italic, links made clickable, line breaks kept", () => {
    const out = html("**bold** and *italic* at https://example.com/a?b=1 or www.example.org\nnext line");
    expect(out).toContain("<strong>bold</strong>");
    expect(out).toContain("<em>italic</em>");
    expect(out).toContain(
      '<a href="https://example.com/a?b=1" target="_blank" rel="noopener noreferrer nofollow" class="text-link underline underline-offset-2">https://example.com/a?b=1</a>',
    );
    expect(out).toContain('href="http://www.example.org/"');
    expect(out).toContain("\nnext line");
    expect(parseMessage("one\n\ntwo")).toHaveLength(2);
  });

  it("safeHref lets web and mail addresses through, nothing else", () => {
    expect(safeHref("https://example.com")).toBe("https://example.com/");
    expect(safeHref("mailto:a@example.com")).toBe("mailto:a@example.com");
    for (const bad of [
      "javascript:alert(1)",
      " javascript:alert(1)",
      "data:text/html,x",
      "vbscript:x",
      "file:///etc/passwd",
      "/relative",
      "nonsense",
    ]) {
      expect(safeHref(bad)).toBeNull();
    }
  });
});
