import { msg } from "../i18n/msg";
import type { Translator } from "../i18n/translate";
import { SESSION_CATEGORIES, type SessionCategory, sessionCategoryMsg } from "../workflow/session-workflow";

type EventRow = {
  id: number;
  type: string;
  at: Date;
  data: Record<string, unknown>;
  actorName: string | null;
};

const isCategory = (value: unknown): value is SessionCategory =>
  typeof value === "string" && (SESSION_CATEGORIES as readonly string[]).includes(value);

/** A session's timeline; customers see its steps and rating, not who received or linked what. */
export function sessionHistory(
  events: readonly EventRow[],
  audience: "staff" | "customer",
  nameOf: (id: string) => string,
  t: Translator,
): { id: number; at: string; text: string }[] {
  const staff = audience === "staff";
  const items: { id: number; at: string; text: string }[] = [];
  for (const event of events) {
    const by = event.actorName
      ? msg("tickets.history.by", { name: event.actorName })
      : msg("tickets.history.automatically");
    const line = (() => {
      switch (event.type) {
        case "created":
          return isCategory(event.data.category)
            ? t.msg(
                msg(
                  event.data.category === "requested"
                    ? "sessions.history.requested"
                    : "sessions.history.created",
                  { by },
                ),
              )
            : null;
        case "status_changed": {
          const to = event.data.toCategory;
          if (!isCategory(to)) return null;
          if (event.data.reason === "call_started") return t.t("sessions.history.callStarted");
          if (event.data.reason === "call_ended") return t.t("sessions.history.callEnded");
          return t.msg(msg("sessions.history.status", { status: sessionCategoryMsg(to), by }));
        }
        case "responsible_added":
          return staff
            ? t.t("sessions.history.responsible", { name: nameOf(String(event.data.userId)) })
            : null;
        case "rated":
          return t.t("sessions.history.rated", { stars: Number(event.data.stars) });
        case "ticket_linked":
          return staff
            ? t.msg(msg("sessions.history.linked", { number: Number(event.data.number), by }))
            : null;
        case "ticket_unlinked":
          return staff
            ? t.msg(msg("sessions.history.unlinked", { number: Number(event.data.number), by }))
            : null;
        default:
          return null;
      }
    })();
    if (line) items.push({ id: event.id, at: event.at.toISOString(), text: line });
  }
  return items;
}
