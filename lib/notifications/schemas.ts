import { z } from "zod";
import { validation } from "../i18n/msg";
import { isPushEndpoint } from "../push/push-endpoint";
import { NOTIFICATION_EVENTS } from "./notification-preferences";

const choice = z.boolean({ message: validation("notificationChoice") });

/** The whole grid of the profile's Notifications card: every event with both optional channels. */
export const setMyNotificationPreferencesSchema = z.object({
  emailNotifications: choice,
  preferences: z.record(z.enum(NOTIFICATION_EVENTS), z.object({ email: choice, push: choice })),
});
export type SetMyNotificationPreferencesInput = z.input<typeof setMyNotificationPreferencesSchema>;

const base64url = z
  .string({ message: validation("pushSubscription") })
  .regex(/^[A-Za-z0-9_-]+=*$/, validation("pushSubscription"));

/**
 * A browser's PushSubscription as `toJSON()` gives it. The server posts to its endpoint, so only a
 * push service's address is taken (isPushEndpoint), never an arbitrary URL.
 */
export const pushSubscriptionSchema = z.object({
  endpoint: z
    .string({ message: validation("pushSubscription") })
    .max(1000, validation("pushSubscription"))
    .refine((url) => isPushEndpoint(url), validation("pushService")),
  keys: z.object({ p256dh: base64url.min(40).max(200), auth: base64url.min(8).max(100) }),
});
export type PushSubscriptionInput = z.input<typeof pushSubscriptionSchema>;

export const removePushSubscriptionSchema = z.object({ endpoint: z.string().max(1000) });
export type RemovePushSubscriptionInput = z.input<typeof removePushSubscriptionSchema>;
