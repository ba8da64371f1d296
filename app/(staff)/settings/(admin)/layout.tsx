import type { ReactNode } from "react";
import { requireAdmin } from "@/lib/auth/get-actor";

/** Everything in Settings but the personal API tokens is for admins only. */
export default async function AdminSettingsLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return children;
}
