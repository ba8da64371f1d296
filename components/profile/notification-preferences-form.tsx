"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { setMyNotificationPreferencesAction } from "@/app/actions/profile";
import {
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  type NotificationPreferences,
  OPTIONAL_CHANNELS,
  type OptionalChannel,
  wants,
} from "@/lib/notifications/notification-preferences";
import { useActionFeedback } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Checkbox } from "../ui/checkbox";

type Grid = Record<NotificationEvent, Record<OptionalChannel, boolean>>;

const gridOf = (preferences: NotificationPreferences): Grid =>
  Object.fromEntries(
    NOTIFICATION_EVENTS.map((e) => [
      e,
      { email: wants(preferences, e, "email"), push: wants(preferences, e, "push") },
    ]),
  ) as Grid;

/** One row per event: the bell always, e-mail and this browser by choice; saved together. */
export function NotificationPreferencesForm({
  emailNotifications,
  preferences,
}: {
  emailNotifications: boolean;
  preferences: NotificationPreferences;
}) {
  const t = useTranslations("profile.notifications");
  const router = useRouter();
  const [grid, setGrid] = useState(() => gridOf(preferences));
  const [emails, setEmails] = useState(emailNotifications);
  const { execute, result, isPending } = useAction(setMyNotificationPreferencesAction, {
    onSuccess: () => {
      toast.success(t("saved"));
      router.refresh();
    },
  });
  const { message } = useActionFeedback(result);
  const channelName = (channel: OptionalChannel | "in_app") => t(`channels.${channel}`);
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ emailNotifications: emails, preferences: grid });
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <div className="flex min-h-11 items-center gap-3 sm:min-h-0">
        <Checkbox
          id="notification-emails"
          checked={emails}
          onCheckedChange={(value) => setEmails(value === true)}
        />
        <label htmlFor="notification-emails" className="text-sm">
          {t("emails")}
        </label>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b border-border text-left text-muted-foreground">
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("event")}
              </th>
              {(["in_app", ...OPTIONAL_CHANNELS] as const).map((channel) => (
                <th key={channel} scope="col" className="px-2 py-2 text-center font-medium">
                  {channelName(channel)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {NOTIFICATION_EVENTS.map((event) => (
              <tr key={event} className="border-b border-border last:border-0">
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  {t(`events.${event}`)}
                </th>
                <td className="px-2 py-2 text-center">
                  <Checkbox
                    checked
                    disabled
                    aria-label={t("cell", { event: t(`events.${event}`), channel: channelName("in_app") })}
                    className="mx-auto"
                  />
                </td>
                {OPTIONAL_CHANNELS.map((channel) => (
                  <td key={channel} className="px-2 py-2 text-center">
                    <Checkbox
                      checked={grid[event][channel] && (channel !== "email" || emails)}
                      disabled={channel === "email" && !emails}
                      aria-label={t("cell", { event: t(`events.${event}`), channel: channelName(channel) })}
                      className="mx-auto"
                      onCheckedChange={(value) =>
                        setGrid((g) => ({ ...g, [event]: { ...g[event], [channel]: value === true } }))
                      }
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-muted-foreground">{t("pushHint")}</p>
      <Button type="submit" variant="primary" disabled={isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
