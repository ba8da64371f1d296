"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/lib/i18n/request-locale";
import {
  pushSubscriptionSchema,
  removePushSubscriptionSchema,
  setMyNotificationPreferencesSchema,
} from "@/lib/notifications/schemas";
import { setMyNotificationPreferences } from "@/lib/notifications/set-my-notification-preferences";
import { removePushSubscription } from "@/lib/push/remove-push-subscription";
import { savePushSubscription } from "@/lib/push/save-push-subscription";
import { actorAction } from "@/lib/server/action-client";
import { updateMyLocale, updateMyLocaleSchema } from "@/lib/users/update-my-locale";

// Thin door; the cookie only lets the sign-in page of this browser speak the same language.
export const updateMyLocaleAction = actorAction
  .inputSchema(updateMyLocaleSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateMyLocale(ctx, parsedInput);
    const jar = await cookies();
    if (result.locale) {
      jar.set(LOCALE_COOKIE, result.locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 60 * 60 });
    } else jar.delete(LOCALE_COOKIE);
    return result;
  });

// Thin doors: the verbs check that the actor is an employee and change only their own settings.
export const setMyNotificationPreferencesAction = actorAction
  .inputSchema(setMyNotificationPreferencesSchema)
  .action(({ parsedInput, ctx }) => setMyNotificationPreferences(ctx, parsedInput));

export const savePushSubscriptionAction = actorAction
  .inputSchema(pushSubscriptionSchema)
  .action(({ parsedInput, ctx }) => savePushSubscription(ctx, parsedInput));

export const removePushSubscriptionAction = actorAction
  .inputSchema(removePushSubscriptionSchema)
  .action(({ parsedInput, ctx }) => removePushSubscription(ctx, parsedInput));
