"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { setUserActiveAction, updateUserRoleAction } from "@/app/actions/users";
import type { PayRate } from "@/lib/pay/pay-rate";
import { ROLE_LABELS, type Role, STAFF_ROLES, type StaffRole } from "@/lib/workflow/roles";
import { actionFeedback } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { NativeSelect } from "../ui/form-controls";
import { PayRateDialog } from "./pay-rate-dialog";

export type UserListItem = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  phone?: string | null;
  /** Employees: pay per ticket (Settings → Pay). */
  payRate?: PayRate | null;
};

type Report = (message: string | null) => void;
const FALLBACK = "Something went wrong. Please try again.";

export function UsersTable({ users, actorId }: { users: UserListItem[]; actorId: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      {problem ? <Alert>{problem}</Alert> : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                Name
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Email
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Phone
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Role
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Pay rate
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Status
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => (
              // The key includes what the server says, so a refresh resets the row's local state.
              <UserRow
                key={`${user.id}-${user.role}-${user.active}`}
                user={user}
                isSelf={user.id === actorId}
                report={setProblem}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function UserRow({ user, isSelf, report }: { user: UserListItem; isSelf: boolean; report: Report }) {
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const changeRole = useAction(updateUserRoleAction, {
    onSuccess: ({ data }) => {
      report(null);
      toast.success(`${data.name} is now ${ROLE_LABELS[data.role]}`);
      router.refresh();
    },
    onError: ({ error }) => {
      setRole(user.role);
      report(actionFeedback(error).message ?? FALLBACK);
    },
  });
  const setActive = useAction(setUserActiveAction, {
    onSuccess: ({ data }) => {
      report(null);
      toast.success(data.active ? `${data.name} is enabled` : `${data.name} is disabled`);
      router.refresh();
    },
    onError: ({ error }) => report(actionFeedback(error).message ?? FALLBACK),
  });

  return (
    <tr className={user.active ? undefined : "text-slate-500"}>
      <td className="px-4 py-2 font-medium text-slate-900">
        {user.name}
        {isSelf ? <span className="ml-1 text-xs font-normal text-slate-500">(you)</span> : null}
      </td>
      <td className="px-4 py-2">{user.email}</td>
      <td className="px-4 py-2 whitespace-nowrap text-slate-600">
        {user.role === "code_user" && user.phone ? user.phone : null}
      </td>
      <td className="px-4 py-2">
        {user.role === "code_user" ? (
          ROLE_LABELS.code_user
        ) : (
          <NativeSelect
            aria-label={`Role for ${user.name}`}
            className="w-36"
            value={role}
            disabled={changeRole.isPending}
            onChange={(event) => {
              const next = event.target.value as StaffRole;
              setRole(next);
              changeRole.execute({ userId: user.id, role: next });
            }}
          >
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </NativeSelect>
        )}
      </td>
      <td className="px-4 py-2 text-slate-700">
        {user.role === "code_user" ? null : (
          <PayRateDialog user={{ ...user, payRate: user.payRate ?? null }} />
        )}
      </td>
      <td className="px-4 py-2">
        {user.active ? (
          <Badge className="border-green-200 bg-green-50 text-green-800">Active</Badge>
        ) : (
          <Badge>Disabled</Badge>
        )}
      </td>
      <td className="px-4 py-2 text-right">
        <Button
          variant={user.active ? "outline" : "default"}
          size="sm"
          disabled={setActive.isPending}
          onClick={() => setActive.execute({ userId: user.id, active: !user.active })}
        >
          {user.active ? "Disable" : "Enable"}
        </Button>
      </td>
    </tr>
  );
}
