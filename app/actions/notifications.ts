"use server";

import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { actorAction } from "@/lib/server/action-client";

export const markNotificationsReadAction = actorAction.action(({ ctx }) => markNotificationsRead(ctx));
