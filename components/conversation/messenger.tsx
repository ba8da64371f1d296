"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { Video } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { markTicketMessagesReadAction, postTicketMessageAction } from "@/app/actions/conversation";
import type { Conversation, MessageItem } from "@/lib/conversation/queries";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { cn } from "@/lib/ui/cn";
import { errorProps, useActionFeedback } from "../forms/action-feedback";
import { fetchJson } from "../tickets/ticket-fetch";
import { Alert } from "../ui/alert";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card, CardTitle } from "../ui/card";
import { DateTime } from "../ui/date-time";
import { FieldError, Label, NativeSelect, Textarea } from "../ui/form-controls";
import { AttachControls } from "./attach-controls";
import { AttachmentList } from "./attachment-list";
import { MessageText } from "./message-text";
import { useUploads } from "./use-uploads";

export const messagesKey = (number: number) => [...ticketKeys.detail(number), "messages"] as const;

const fetchPage = (number: number, before: number | undefined) =>
  fetchJson<Conversation>(`/api/tickets/${number}/messages${before ? `?before=${before}` : ""}`);

/**
 * The ticket's messenger, the same for employees and customers. A live signal on the ticket
 * refetches it (its key sits under the ticket's); the newest messages on screen are marked read.
 */
export function Messenger({
  number,
  initial,
  sessions = [],
  sessionBase,
}: {
  number: number;
  initial: Conversation;
  /** The ticket's video sessions an employee may share a link to (none for customers). */
  sessions?: readonly { id: string; number: number; reason: string }[];
  sessionBase: "/sessions" | "/portal/sessions";
}) {
  const t = useTranslations("tickets.messenger");
  const queryClient = useQueryClient();
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = useInfiniteQuery({
    queryKey: messagesKey(number),
    queryFn: ({ pageParam }) => fetchPage(number, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.olderBefore ?? undefined,
    initialData: { pages: [initial], pageParams: [undefined] },
  });
  const newest = data.pages[0] ?? initial;
  const messages = useMemo(() => data.pages.toReversed().flatMap((p) => p.messages), [data.pages]);
  const lastId = messages.at(-1)?.id ?? 0;
  const seenId = useMemo(() => seenMessageId(messages, newest.seenUpTo), [messages, newest.seenUpTo]);

  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // New messages at the end scroll into view; loading older ones keeps the place.
    if (lastId) list.current?.lastElementChild?.scrollIntoView({ block: "nearest" });
  }, [lastId]);

  const { execute: markRead } = useAction(markTicketMessagesReadAction);
  const marked = useRef(0);
  useEffect(() => {
    const mark = () => {
      if (document.visibilityState !== "visible" || newest.unread === 0 || lastId <= marked.current) return;
      marked.current = lastId;
      markRead({ ticketId: newest.ticketId, upToId: lastId });
    };
    mark();
    document.addEventListener("visibilitychange", mark);
    return () => document.removeEventListener("visibilitychange", mark);
  }, [lastId, newest.unread, newest.ticketId, markRead]);

  return (
    <Card aria-labelledby="messages-heading">
      <div className="mb-3 flex items-center gap-2">
        <CardTitle id="messages-heading" className="mb-0">
          {t("title")}
        </CardTitle>
        {newest.unread > 0 ? <Badge tone="info">{t("newCount", { count: newest.unread })}</Badge> : null}
      </div>
      {hasNextPage ? (
        <Button
          variant="ghost"
          size="sm"
          className="mb-2"
          disabled={isFetchingNextPage}
          onClick={() => void fetchNextPage()}
        >
          {t("older")}
        </Button>
      ) : null}
      {messages.length === 0 ? (
        <p className="text-sm text-muted-foreground">{newest.mayWrite ? t("empty") : t("emptyReadOnly")}</p>
      ) : (
        <ol aria-label={t("title")} ref={list} className="max-h-[28rem] space-y-3 overflow-y-auto pr-1">
          {messages.map((m) => (
            <MessageBubble key={m.id} message={m} seen={m.id === seenId} sessionBase={sessionBase} />
          ))}
        </ol>
      )}
      {newest.mayWrite ? (
        <MessageForm
          number={number}
          sessions={sessions}
          ticketId={newest.ticketId}
          onSent={() => void queryClient.invalidateQueries({ queryKey: messagesKey(number) })}
        />
      ) : null}
    </Card>
  );
}

/** "Seen" goes on the reader's own last message that the other side has read. */
function seenMessageId(messages: readonly MessageItem[], seenUpTo: number | null): number | null {
  if (seenUpTo === null) return null;
  const mine = messages.filter((m) => m.mine && m.id <= seenUpTo);
  return mine.at(-1)?.id ?? null;
}

function MessageBubble({
  message,
  seen,
  sessionBase,
}: {
  message: MessageItem;
  seen: boolean;
  sessionBase: string;
}) {
  const t = useTranslations("tickets.messenger");
  return (
    <li className={cn("flex flex-col gap-1", message.mine ? "items-end" : "items-start")}>
      <p className="text-xs text-muted-foreground">
        <span className="font-medium text-foreground">{message.mine ? t("you") : message.authorName}</span>
        {" · "}
        <DateTime value={message.at} />
      </p>
      <div
        className={cn(
          "max-w-[min(36rem,90%)] rounded-lg px-3 py-2 text-sm",
          message.mine
            ? "bg-primary text-primary-foreground [&_a]:text-primary-foreground"
            : "bg-muted text-foreground",
        )}
      >
        {message.kind === "video_session" ? (
          <SessionLink number={message.videoSessionNumber} base={sessionBase} />
        ) : null}
        {message.paragraphs.length > 0 ? <MessageText paragraphs={message.paragraphs} /> : null}
        <AttachmentList files={message.attachments} />
      </div>
      {seen ? <p className="text-xs text-muted-foreground">{t("seen")}</p> : null}
    </li>
  );
}

function SessionLink({ number, base }: { number: number | null; base: string }) {
  const t = useTranslations("tickets.messenger");
  if (number === null) return <p className="font-medium">{t("sessionHidden")}</p>;
  return (
    <Link
      href={`${base}/${number}`}
      className="mb-1 flex items-center gap-2 rounded-md border border-current/30 px-3 py-2 font-medium underline-offset-2 hover:underline"
    >
      <Video aria-hidden className="size-4 shrink-0" />
      <span>
        {t("session", { number })} · {t("sessionJoin")}
      </span>
    </Link>
  );
}

function MessageForm({
  number,
  ticketId,
  sessions,
  onSent,
}: {
  number: number;
  ticketId: string;
  sessions: readonly { id: string; number: number; reason: string }[];
  onSent: () => void;
}) {
  const t = useTranslations("tickets.messenger");
  const id = useId();
  const [body, setBody] = useState("");
  const uploads = useUploads(number);
  const { execute, result, isPending, reset } = useAction(postTicketMessageAction, {
    onSuccess: () => {
      setBody("");
      uploads.clear();
      onSent();
    },
  });
  const { message, fields } = useActionFeedback(result);
  const [sessionId, setSessionId] = useState(sessions[0]?.id ?? "");
  const send = (videoSessionId: string | null = null) => {
    if (isPending || uploads.busy) return;
    execute({ ticketId, body, attachmentIds: uploads.ids, videoSessionId });
  };
  return (
    <form
      className="mt-4 space-y-2 border-t border-border pt-4"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {message && !fields.body ? <Alert>{message}</Alert> : null}
      <Label htmlFor={`${id}-body`}>{t("label")}</Label>
      <Textarea
        id={`${id}-body`}
        name="body"
        value={body}
        rows={3}
        maxLength={5000}
        placeholder={t("placeholder")}
        onChange={(event) => {
          setBody(event.target.value);
          if (result.validationErrors || result.serverError) reset();
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            send();
          }
        }}
        {...errorProps(`${id}-body`, fields.body)}
      />
      <FieldError id={`${id}-body-error`} messages={fields.body} />
      <AttachControls uploads={uploads} />
      {sessions.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2">
          <NativeSelect
            aria-label={t("shareLabel")}
            value={sessionId}
            onChange={(event) => setSessionId(event.target.value)}
            className="w-auto max-w-full"
          >
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {`V-${s.number} · ${s.reason}`}
              </option>
            ))}
          </NativeSelect>
          <Button
            type="button"
            variant="outline"
            size="sm"
            disabled={isPending}
            onClick={() => send(sessionId)}
          >
            <Video aria-hidden className="size-4" />
            {t("share")}
          </Button>
        </div>
      ) : null}
      <div className="flex items-center justify-between gap-3">
        <p className="text-xs text-muted-foreground">{t("hint")}</p>
        <Button type="submit" variant="primary" disabled={isPending || uploads.busy}>
          {t("send")}
        </Button>
      </div>
    </form>
  );
}
