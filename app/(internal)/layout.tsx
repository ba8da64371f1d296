import type { ReactNode } from "react";
import { StaffShell } from "@/components/layout/staff-shell";
import { requireInternal } from "@/lib/auth/get-actor";

/** Pages of what customers must never learn exists (tasks): to a code user they are not found. */
export default async function InternalLayout({ children }: { children: ReactNode }) {
  return <StaffShell actor={await requireInternal()}>{children}</StaffShell>;
}
