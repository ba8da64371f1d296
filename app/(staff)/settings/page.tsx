import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/get-actor";

export default async function SettingsPage() {
  const actor = await requireStaff();
  redirect(actor.role === "admin" ? "/settings/users" : "/settings/api");
}
