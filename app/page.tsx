import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/get-actor";

export default async function Home() {
  const actor = await requireActor();
  redirect(actor.role === "code_user" ? "/portal/assistant" : "/tickets");
}
