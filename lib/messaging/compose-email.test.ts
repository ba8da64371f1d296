import { describe, expect, it } from "vitest";
import { composeEmail } from "./compose-email";

const footer = {
  text: "Why you get this.",
  unsubscribeLabel: "Unsubscribe",
  unsubscribeUrl: "https://help.example/unsubscribe?token=a.b",
  oneClickUrl: "https://help.example/api/unsubscribe?token=a.b",
};

describe("composeEmail", () => {
  it("escapes every character of the text in the HTML part and keeps the text part as written", () => {
    const body = `Hello <b>Eve</b> & "friends",\n<script>alert(1)</script>\n\n<a href="javascript:alert(1)">x</a>`;
    const { text, html } = composeEmail(body);
    expect(text).toBe(body);
    expect(html).not.toMatch(/<(script|b>|a href="javascript)/i);
    expect(html).toContain("Hello &lt;b&gt;Eve&lt;/b&gt; &amp; &quot;friends&quot;,<br>&lt;script&gt;");
    expect(html).toContain("&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;");
  });

  it("turns blank lines into paragraphs and http(s) addresses into links, without trailing punctuation", () => {
    const { html } = composeEmail("First.\n\nSee https://help.example/portal/tickets/7. Thanks");
    expect(html.match(/<p /g)).toHaveLength(2);
    expect(html).toContain(
      '<a href="https://help.example/portal/tickets/7" style="color:#1d4ed8">https://help.example/portal/tickets/7</a>. Thanks',
    );
  });

  it("links no other scheme, and cannot break out of an attribute", () => {
    const { html } = composeEmail(`javascript:alert(1) data:text/html,x https://x.example/"onmouseover="a`);
    expect(html).not.toContain('href="javascript');
    expect(html).not.toContain('href="data');
    expect(html).toContain('<a href="https://x.example/"');
    expect(html).not.toContain('"onmouseover="');
  });

  it("adds the unsubscribe link to both parts and the one-click headers", () => {
    const { text, html, headers } = composeEmail("Hi", footer);
    expect(text).toContain("Why you get this. Unsubscribe: https://help.example/unsubscribe?token=a.b");
    expect(html).toContain('<a href="https://help.example/unsubscribe?token=a.b"');
    expect(headers).toEqual({
      "List-Unsubscribe": "<https://help.example/api/unsubscribe?token=a.b>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("has no footer or headers for account e-mails", () => {
    expect(composeEmail("Reset").headers).toEqual({});
    expect(composeEmail("Reset").html).not.toContain("unsubscribe");
  });
});
