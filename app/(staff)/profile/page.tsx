import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProfileDetails } from "@/components/profile/profile-details";
import { requireStaff } from "@/lib/auth/get-actor";
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
    </div>
  );
}
