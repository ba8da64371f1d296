"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { setUserActiveAction, unlockUserAction, updateUserRoleAction } from "@/app/actions/users";
import type { PayRate } from "@/lib/pay/pay-rate";
import { type Role, STAFF_ROLES, type StaffRole } from "@/lib/workflow/roles";
import { actionFeedback } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "../ui/dialog";
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
  /** Set while too many wrong passwords keep the account from signing in. */
  lockedUntil?: string | null;
};

type Report = (message: string | null) => void;

const th = "px-4 py-2 font-medium";
const td = "md:px-4 md:py-2";

export function UsersTable({ users, actorId }: { users: UserListItem[]; actorId: string }) {
  const t = useTranslations("settings.users.columns");
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      {problem ? <Alert>{problem}</Alert> : null}
      <div className="rounded-lg border border-border bg-card md:overflow-x-auto">
        <table className="table-cards w-full text-left text-sm">
          <thead className="border-b border-border bg-muted text-xs text-muted-foreground uppercase">
            <tr>
              <th scope="col" className={th}>
                {t("name")}
              </th>
              <th scope="col" className={th}>
                {t("email")}
              </th>
              <th scope="col" className={th}>
                {t("phone")}
              </th>
              <th scope="col" className={th}>
                {t("role")}
              </th>
              <th scope="col" className={th}>
                {t("payRate")}
              </th>
              <th scope="col" className={th}>
                {t("status")}
              </th>
              <th scope="col" className={th}>
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {users.map((user) => (
              // The key includes what the server says, so a refresh resets the row's local state.
              <UserRow
                key={`${user.id}-${user.role}-${user.active}-${user.lockedUntil ?? ""}`}
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
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const [confirming, setConfirming] = useState(false);
  const [dialogProblem, setDialogProblem] = useState<string | null>(null);
  const changeRole = useAction(updateUserRoleAction, {
    onSuccess: ({ data }) => {
      report(null);
      toast.success(
        t("settings.users.roleChanged", { name: data.name, role: t(`workflow.roles.${data.role}`) }),
      );
      router.refresh();
    },
    onError: ({ error }) => {
      setRole(user.role);
      report(actionFeedback(error, t).message ?? t("errors.generic"));
    },
  });
  const setActive = useAction(setUserActiveAction, {
    onSuccess: ({ data }) => {
      report(null);
      setConfirming(false);
      toast.success(
        data.active
          ? t("settings.users.enabledToast", { name: data.name })
          : t("settings.users.disabledToast", { name: data.name }),
      );
      router.refresh();
    },
    onError: ({ error, input }) => {
      const text = actionFeedback(error, t).message ?? t("errors.generic");
      // A refused disable is explained in its dialog; a refused enable above the table.
      if (input.active === false) setDialogProblem(text);
      else report(text);
    },
  });
  const unlock = useAction(unlockUserAction, {
    onSuccess: ({ data }) => {
      report(null);
      toast.success(t("settings.users.unlocked", { name: data.name }));
      router.refresh();
    },
    onError: ({ error }) => report(actionFeedback(error, t).message ?? t("errors.generic")),
  });
  const column = (key: "name" | "email" | "phone" | "role" | "payRate" | "status") =>
    t(`settings.users.columns.${key}`);

  return (
    <tr className={user.active ? undefined : "text-muted-foreground"}>
      <td data-label={column("name")} className={`${td} font-medium text-foreground`}>
        <span className="min-w-0 break-words">
          {user.name}
          {isSelf ? (
            <span className="ml-1 text-xs font-normal text-muted-foreground">{t("common.you")}</span>
          ) : null}
        </span>
      </td>
      <td data-label={column("email")} className={`${td} break-all`}>
        {user.email}
      </td>
      <td data-label={column("phone")} className={`${td} text-muted-foreground md:whitespace-nowrap`}>
        {user.role === "code_user" && user.phone ? user.phone : null}
      </td>
      <td data-label={column("role")} className={td}>
        {user.role === "code_user" ? (
          t("workflow.roles.code_user")
        ) : (
          <NativeSelect
            aria-label={t("settings.users.roleFor", { name: user.name })}
            className="w-40 max-w-full"
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
                {t(`workflow.roles.${r}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </td>
      <td data-label={column("payRate")} className={`${td} text-muted-foreground`}>
        {user.role === "code_user" ? null : (
          <PayRateDialog user={{ ...user, payRate: user.payRate ?? null }} />
        )}
      </td>
      <td data-label={column("status")} className={td}>
        <span className="flex flex-wrap gap-1">
          {user.active ? (
            <Badge tone="success">{t("settings.users.active")}</Badge>
          ) : (
            <Badge>{t("settings.users.disabled")}</Badge>
          )}
          {user.lockedUntil ? (
            <Badge tone="warning" title={t("settings.users.lockedHint")}>
              {t("settings.users.locked", { time: format.dateTime(new Date(user.lockedUntil), "short") })}
            </Badge>
          ) : null}
        </span>
      </td>
      <td className={`${td} md:text-right`}>
        <div className="flex flex-wrap gap-2 md:justify-end">
          {user.lockedUntil ? (
            <Button
              variant="outline"
              size="sm"
              aria-label={t("settings.users.unlockFor", { name: user.name })}
              disabled={unlock.isPending}
              onClick={() => unlock.execute({ userId: user.id })}
            >
              {t("settings.users.unlock")}
            </Button>
          ) : null}
          {user.active ? (
            // Disabling locks the person out at once: it asks first. Enabling needs no confirmation.
            <Dialog
              open={confirming}
              onOpenChange={(next) => {
                setConfirming(next);
                setDialogProblem(null);
              }}
            >
              <DialogTrigger asChild>
                <Button variant="outline" size="sm" disabled={setActive.isPending}>
                  {t("settings.users.disable")}
                </Button>
              </DialogTrigger>
              <DialogContent
                title={t("settings.users.disableDialog.title", { name: user.name })}
                description={t("settings.users.disableDialog.description", { name: user.name })}
              >
                {dialogProblem ? <Alert className="mb-4">{dialogProblem}</Alert> : null}
                <div className="flex flex-wrap justify-end gap-2">
                  <DialogClose asChild>
                    <Button variant="outline">{t("common.cancel")}</Button>
                  </DialogClose>
                  <Button
                    variant="destructive"
                    disabled={setActive.isPending}
                    onClick={() => setActive.execute({ userId: user.id, active: false })}
                  >
                    {t("settings.users.disableDialog.confirm")}
                  </Button>
                </div>
              </DialogContent>
            </Dialog>
          ) : (
            <Button
              variant="default"
              size="sm"
              disabled={setActive.isPending}
              onClick={() => setActive.execute({ userId: user.id, active: true })}
            >
              {t("settings.users.enable")}
            </Button>
          )}
        </div>
      </td>
    </tr>
  );
}
