import type { Metadata } from "next";
import { Card, CardTitle } from "@/components/ui/card";
import { requireCodeUser } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { getMyProfile } from "@/lib/users/queries";
import { PhoneForm } from "./phone-form";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const actor = await requireCodeUser();
  const profile = await getMyProfile({ actor, db: await getDb() });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Profile</h1>
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="text-slate-600">Name</dt>
        <dd className="font-medium text-slate-900">{profile.name}</dd>
        <dt className="text-slate-600">Email</dt>
        <dd className="font-medium text-slate-900">{profile.email}</dd>
      </dl>
      <Card className="max-w-md">
        <CardTitle>Phone number</CardTitle>
        <p className="mb-4 text-sm text-slate-600">
          We send text messages about your tickets to this number. Leave it empty to receive none.
        </p>
        <PhoneForm phone={profile.phone} />
      </Card>
    </div>
  );
}
