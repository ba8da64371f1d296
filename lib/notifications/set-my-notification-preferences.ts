import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { isStaffRole } from "../workflow/roles";
import {
  NOTIFICATION_EVENTS,
  type NotificationPreferences,
  OPTIONAL_CHANNELS,
} from "./notification-preferences";
import { type SetMyNotificationPreferencesInput, setMyNotificationPreferencesSchema } from "./schemas";

/**
 * An employee chooses, per event, whether they are also told by e-mail and in the browser (the
 * bell always tells), and whether they get notification e-mails at all. Only what differs from the
 * default is stored, so an event added later starts switched on.
 */
export async function setMyNotificationPreferences(
  { actor, db }: Ctx,
  raw: SetMyNotificationPreferencesInput,
): Promise<{ emailNotifications: boolean; preferences: NotificationPreferences }> {
  if (!isStaffRole(actor.role)) throw forbidden(msg("errors.users.onlyStaffNotificationChoice"));
  const input = parseInput(setMyNotificationPreferencesSchema, raw);
  const preferences: NotificationPreferences = {};
  for (const event of NOTIFICATION_EVENTS) {
    for (const channel of OPTIONAL_CHANNELS) {
      if (input.preferences[event]?.[channel] === false) {
        preferences[event] = { ...preferences[event], [channel]: false };
      }
    }
  }
  const [row] = await db
    .update(users)
    .set({ emailNotifications: input.emailNotifications, notificationPreferences: preferences })
    .where(eq(users.id, actor.id))
    .returning({ emailNotifications: users.emailNotifications });
  if (!row) throw notFound(msg("errors.notFound.account"));
  return { emailNotifications: row.emailNotifications, preferences };
}
