import type { Role } from "../workflow/roles";
import type { WorkItemKind } from "../workflow/work-item-kinds";
import {
  eventOfKind,
  type NotificationPreferences,
  type OptionalChannel,
  wants,
} from "./notification-preferences";

export type Recipient = {
  id: string;
  role: Role;
  active: boolean;
  /** Off after "Unsubscribe": no notification e-mail at all. */
  emailNotifications: boolean;
  preferences: NotificationPreferences;
  /** A browser of theirs is subscribed to push messages. */
  hasPush: boolean;
};

export type PlannedDelivery = { userId: string; kind: string; channel: OptionalChannel };

/**
 * Which bell entries also go out by e-mail or push. Employees choose per event and channel.
 * Customers choose e-mail on or off and are e-mailed the employees' messages: what else concerns
 * them (a new ticket, its status, a session) is e-mailed by the creation confirmation, the
 * statuses' own e-mail actions and the session e-mails, so it is not sent twice.
 */
export function planDeliveries(
  subject: WorkItemKind,
  planned: readonly { userId: string; kind: string }[],
  recipients: ReadonlyMap<string, Recipient>,
): PlannedDelivery[] {
  const out: PlannedDelivery[] = [];
  for (const { userId, kind } of planned) {
    const recipient = recipients.get(userId);
    if (!recipient?.active) continue;
    for (const channel of channelsFor(subject, kind, recipient)) out.push({ userId, kind, channel });
  }
  return out;
}

function channelsFor(subject: WorkItemKind, kind: string, r: Recipient): OptionalChannel[] {
  switch (r.role) {
    case "code_user":
      return subject === "ticket" && kind === "message" && r.emailNotifications ? ["email"] : [];
    case "admin":
    case "moderator":
    case "member": {
      const event = eventOfKind(subject, kind);
      if (!event) return [];
      const channels: OptionalChannel[] = [];
      if (r.emailNotifications && wants(r.preferences, event, "email")) channels.push("email");
      if (r.hasPush && wants(r.preferences, event, "push")) channels.push("push");
      return channels;
    }
  }
}
