import { z } from "zod";
import { accessCodeField } from "../assets/schemas";
import { newPasswordField } from "../auth/password-rules";
import { msg, validation } from "../i18n/msg";
import { STAFF_ROLES } from "../workflow/roles";

const name = z
  .string({ message: validation("nameRequired") })
  .trim()
  .min(1, validation("nameRequired"))
  .max(100, validation("nameMax100"));
const email = z
  .string({ message: validation("emailRequired") })
  .trim()
  .toLowerCase()
  .min(1, validation("emailRequired"))
  .max(200, validation("emailMax"))
  .email(validation("emailInvalid"));
const password = newPasswordField;
const staffRole = z.enum(STAFF_ROLES, { message: validation("staffRole") });
export const PHONE_MESSAGE = validation("phone");
/** Optional and loosely checked (numbers are written many ways); empty means none. */
const phone = z
  .string({ message: PHONE_MESSAGE })
  .trim()
  .refine(
    (v) => v === "" || (/^[0-9+\-() ]{6,20}$/.test(v) && (v.match(/[0-9]/g)?.length ?? 0) >= 5),
    PHONE_MESSAGE,
  )
  .optional();
const userId = z.uuid(validation("unknownUser"));

export const DUPLICATE_EMAIL_MESSAGE = msg("errors.users.duplicateEmail");

export const createEmployeeSchema = z.object({ name, email, password, role: staffRole });
export type CreateEmployeeInput = z.input<typeof createEmployeeSchema>;

export const createAdminSchema = z.object({ name, email, password });
export type CreateAdminInput = z.input<typeof createAdminSchema>;

export const updateUserRoleSchema = z.object({ userId, role: staffRole });
export type UpdateUserRoleInput = z.input<typeof updateUserRoleSchema>;

export const setUserActiveSchema = z.object({
  userId,
  active: z.boolean({ message: validation("activeChoice") }),
});
export type SetUserActiveInput = z.input<typeof setUserActiveSchema>;

export const registerCustomerSchema = z.object({ name, email, password, accessCode: accessCodeField, phone });
export type RegisterCustomerInput = z.input<typeof registerCustomerSchema>;

export const updateMyPhoneSchema = z.object({ phone });
export type UpdateMyPhoneInput = z.input<typeof updateMyPhoneSchema>;

export const setMyEmailNotificationsSchema = z.object({ enabled: z.boolean() });
export type SetMyEmailNotificationsInput = z.input<typeof setMyEmailNotificationsSchema>;

export const unsubscribeSchema = z.object({ token: z.string().min(1).max(200) });

/** The stored form of a phone number: single spaces, null for none. */
export const storedPhone = (value: string | undefined): string | null =>
  value ? value.replace(/\s+/g, " ") : null;
