import type { Nodes, PhrasingContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";

/**
 * A message as the page renders it: paragraphs of text, bold, italic, links and line breaks, and
 * nothing else. The page builds elements from these nodes only, so no markup a person typed can
 * ever reach the browser as HTML.
 */
export type MessageNode =
  | { readonly t: "text"; readonly v: string }
  | { readonly t: "strong" | "em"; readonly c: readonly MessageNode[] }
  | { readonly t: "a"; readonly href: string; readonly c: readonly MessageNode[] }
  | { readonly t: "br" };
export type MessageParagraphs = readonly (readonly MessageNode[])[];

/**
 * Every markdown construct but emphasis, autolinks, escapes and hard breaks is switched off in the
 * parser itself: `# x` stays "# x", `<b>` stays "<b>", `[text](url)` stays as typed (a link whose
 * words differ from its target is how phishing looks), `&lt;` stays "&lt;".
 */
const ONLY_WHAT_A_CHAT_NEEDS = {
  disable: {
    null: [
      "blockQuote",
      "characterReference",
      "codeFenced",
      "codeIndented",
      "codeText",
      "definition",
      "headingAtx",
      "htmlFlow",
      "htmlText",
      "labelEnd",
      "labelStartImage",
      "labelStartLink",
      "list",
      "setextUnderline",
      "thematicBreak",
    ],
  },
};

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** The link target if it is a web or mail address; `javascript:`, `data:` and the rest are dropped. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

export function parseMessage(body: string): MessageParagraphs {
  const tree = fromMarkdown(body, {
    extensions: [gfmAutolinkLiteral(), ONLY_WHAT_A_CHAT_NEEDS],
    mdastExtensions: [gfmAutolinkLiteralFromMarkdown()],
  });
  return tree.children.map((block) => inline(block)).filter((p) => p.length > 0);
}

function inline(node: Nodes): MessageNode[] {
  switch (node.type) {
    case "text":
      return [{ t: "text", v: node.value }];
    case "strong":
      return [{ t: "strong", c: node.children.flatMap(inline) }];
    case "emphasis":
      return [{ t: "em", c: node.children.flatMap(inline) }];
    case "break":
      return [{ t: "br" }];
    case "link": {
      const children = node.children.flatMap(inline);
      const href = safeHref(node.url);
      return href ? [{ t: "a", href, c: children }] : children;
    }
    default:
      // Whatever else a parser might produce is kept as its plain text, never as markup.
      return "children" in node
        ? (node.children as PhrasingContent[]).flatMap(inline)
        : "value" in node && typeof node.value === "string"
          ? [{ t: "text", v: node.value }]
          : [];
  }
}
