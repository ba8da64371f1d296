import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiTokensSection } from "@/components/integrations/api-tokens-section";
import { ProfileDetails } from "@/components/profile/profile-details";
import { Card, CardTitle } from "@/components/ui/card";
import { listMyApiTokens } from "@/lib/api-tokens/queries";
import { requireCodeUser } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { getMyProfile } from "@/lib/users/queries";
import { EmailNotificationsForm } from "./email-notifications-form";
import { PhoneForm } from "./phone-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage({
  searchParams,
}: {
  searchParams: Promise<{ password?: string }>;
}) {
  const actor = await requireCodeUser();
  const ctx = { actor, db: await getDb() };
  const [profile, tokens, t] = await Promise.all([
    getMyProfile(ctx),
    listMyApiTokens(ctx),
    getTranslations(),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("profile.title")}</h1>
      <ProfileDetails
        profile={profile}
        role={t(`workflow.roles.${actor.role}`)}
        passwordChanged={(await searchParams).password === "changed"}
      />
      <Card className="max-w-md">
        <CardTitle>{t("profile.phone.title")}</CardTitle>
        <p className="mb-4 text-sm text-muted-foreground">{t("profile.phone.text")}</p>
        <PhoneForm phone={profile.phone} />
      </Card>
      <Card className="max-w-md">
        <CardTitle>{t("profile.emailNotifications.title")}</CardTitle>
        <p className="mb-4 text-sm text-muted-foreground">{t("profile.emailNotifications.text")}</p>
        <EmailNotificationsForm enabled={profile.emailNotifications} />
      </Card>
      <Card>
        <ApiTokensSection tokens={tokens} heading="h2" />
      </Card>
    </div>
  );
}
