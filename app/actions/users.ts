"use server";

import { actorAction } from "@/lib/server/action-client";
import { createEmployee } from "@/lib/users/create-employee";
import { createEmployeeSchema, setUserActiveSchema, updateUserRoleSchema } from "@/lib/users/schemas";
import { setUserActive } from "@/lib/users/set-user-active";
import { unlockUser, unlockUserSchema } from "@/lib/users/unlock-user";
import { updateUserRole } from "@/lib/users/update-user-role";

// Thin doors: parse, call one verb; the verb checks that the actor is an admin.
export const createEmployeeAction = actorAction
  .inputSchema(createEmployeeSchema)
  .action(({ parsedInput, ctx }) => createEmployee(ctx, parsedInput));

export const updateUserRoleAction = actorAction
  .inputSchema(updateUserRoleSchema)
  .action(({ parsedInput, ctx }) => updateUserRole(ctx, parsedInput));

export const setUserActiveAction = actorAction
  .inputSchema(setUserActiveSchema)
  .action(({ parsedInput, ctx }) => setUserActive(ctx, parsedInput));

export const unlockUserAction = actorAction
  .inputSchema(unlockUserSchema)
  .action(({ parsedInput, ctx }) => unlockUser(ctx, parsedInput));
