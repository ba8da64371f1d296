"use server";

import { z } from "zod";
import { markNotificationRead, markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { actorAction } from "@/lib/server/action-client";

export const markNotificationsReadAction = actorAction.action(({ ctx }) => markNotificationsRead(ctx));

export const markNotificationReadAction = actorAction
  .inputSchema(z.object({ id: z.number().int().positive() }))
  .action(({ parsedInput, ctx }) => markNotificationRead(ctx, parsedInput));
