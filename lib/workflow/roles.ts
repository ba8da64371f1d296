export const ROLES = ["admin", "moderator", "member", "code_user"] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES = ["admin", "moderator", "member"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  moderator: "Moderator",
  member: "Member",
  code_user: "Customer",
};

export function isStaffRole(role: Role): role is StaffRole {
  return role !== "code_user";
}

/** Admins and moderators may work on every ticket; members only on those assigned to them. */
export function isManager(role: Role): boolean {
  switch (role) {
    case "admin":
    case "moderator":
      return true;
    case "member":
    case "code_user":
      return false;
  }
}
