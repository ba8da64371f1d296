import { getTranslations } from "next-intl/server";
import type { MyProfile } from "@/lib/users/queries";
import { Alert } from "../ui/alert";
import { Card, CardTitle } from "../ui/card";
import { LanguageForm } from "./language-form";
import { PasswordForm } from "./password-form";
import { SignOutEverywhere } from "./sign-out-everywhere";

/** Name, e-mail, language, password and sessions: the part of the profile every signed-in person has. */
export async function ProfileDetails({
  profile,
  role,
  passwordChanged,
}: {
  profile: MyProfile;
  role: string;
  passwordChanged: boolean;
}) {
  const t = await getTranslations("profile");
  return (
    <>
      <dl className="grid max-w-md grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-2 text-sm">
        <dt className="text-muted-foreground">{t("name")}</dt>
        <dd className="font-medium text-foreground">{profile.name}</dd>
        <dt className="text-muted-foreground">{t("email")}</dt>
        <dd className="font-medium break-all text-foreground">{profile.email}</dd>
        <dt className="text-muted-foreground">{t("role")}</dt>
        <dd className="font-medium text-foreground">{role}</dd>
      </dl>
      <Card className="max-w-md">
        <CardTitle>{t("language.title")}</CardTitle>
        <LanguageForm locale={profile.locale} />
      </Card>
      <Card className="max-w-md">
        <CardTitle>{t("password.title")}</CardTitle>
        <p className="mb-4 text-sm text-muted-foreground">{t("password.text")}</p>
        {passwordChanged ? (
          <Alert tone="success" role="status" className="mb-4">
            {t("password.changed")}
          </Alert>
        ) : null}
        <PasswordForm />
      </Card>
      <Card className="max-w-md">
        <CardTitle>{t("sessions.title")}</CardTitle>
        <p className="mb-4 text-sm text-muted-foreground">{t("sessions.text")}</p>
        <SignOutEverywhere />
      </Card>
    </>
  );
}
