import type { MessageNode, MessageParagraphs } from "@/lib/conversation/message-markdown";

/** A message's words: elements made from the allowlisted nodes, never HTML from the text. */
export function MessageText({ paragraphs }: { paragraphs: MessageParagraphs }) {
  return (
    <div className="space-y-2 break-words whitespace-pre-wrap">
      {paragraphs.map((nodes, i) => (
        // Paragraphs never move within a message: their place is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <p key={i}>{nodes.map(node)}</p>
      ))}
    </div>
  );
}

function node(n: MessageNode, i: number) {
  switch (n.t) {
    case "text":
      return n.v;
    case "strong":
      return <strong key={i}>{n.c.map(node)}</strong>;
    case "em":
      return <em key={i}>{n.c.map(node)}</em>;
    case "br":
      return <br key={i} />;
    case "a":
      return (
        <a
          key={i}
          href={n.href}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="text-link underline underline-offset-2"
        >
          {n.c.map(node)}
        </a>
      );
  }
}
