import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BrowserNotifications } from "@/components/profile/browser-notifications";
import { NotificationPreferencesForm } from "@/components/profile/notification-preferences-form";
import { ProfileDetails } from "@/components/profile/profile-details";
import { Card, CardTitle } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/get-actor";
import { pushPublicKey } from "@/lib/push/vapid-keys";
import { getDb } from "@/lib/server/db";
import { getMyProfile } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function StaffProfilePage({
  searchParams,
}: {
  searchParams: Promise<{ password?: string }>;
}) {
  const actor = await requireStaff();
  const [profile, t] = await Promise.all([getMyProfile({ actor, db: await getDb() }), getTranslations()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("profile.title")}</h1>
      <ProfileDetails
        profile={profile}
        role={t(`workflow.roles.${actor.role}`)}
        passwordChanged={(await searchParams).password === "changed"}
      />
      <Card className="max-w-2xl" aria-labelledby="notifications-title">
        <CardTitle id="notifications-title">{t("profile.notifications.title")}</CardTitle>
        <p className="mb-4 text-sm text-muted-foreground">{t("profile.notifications.text")}</p>
        <NotificationPreferencesForm
          emailNotifications={profile.emailNotifications}
          preferences={profile.notificationPreferences}
        />
      </Card>
      <Card className="max-w-2xl" aria-labelledby="browser-notifications-title">
        <CardTitle id="browser-notifications-title">{t("profile.browserNotifications.title")}</CardTitle>
        <BrowserNotifications publicKey={pushPublicKey()} />
      </Card>
    </div>
  );
}
