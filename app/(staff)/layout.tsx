import type { ReactNode } from "react";
import { StaffShell } from "@/components/layout/staff-shell";
import { requireStaff } from "@/lib/auth/get-actor";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  return <StaffShell actor={await requireStaff()}>{children}</StaffShell>;
}
