import { z } from "zod";
import { accessCodeField } from "../assets/schemas";
import { STAFF_ROLES } from "../workflow/roles";

const name = z
  .string({ message: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(100, "Keep the name under 100 characters.");
const email = z
  .string({ message: "Enter an e-mail address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an e-mail address.")
  .max(200, "Keep the e-mail address under 200 characters.")
  .email("Enter a valid e-mail address.");
const password = z
  .string({ message: "Enter a password." })
  .min(8, "Use at least 8 characters.")
  .max(200, "Keep the password under 200 characters.");
const staffRole = z.enum(STAFF_ROLES, { message: "Choose Admin, Moderator or Member." });
export const PHONE_MESSAGE = "Enter a phone number of 6 to 20 characters: digits, spaces, +, - and ( ).";
/** Optional and loosely checked (numbers are written many ways); empty means none. */
const phone = z
  .string({ message: PHONE_MESSAGE })
  .trim()
  .refine(
    (v) => v === "" || (/^[0-9+\-() ]{6,20}$/.test(v) && (v.match(/[0-9]/g)?.length ?? 0) >= 5),
    PHONE_MESSAGE,
  )
  .optional();
const userId = z.uuid("Unknown user.");

export const DUPLICATE_EMAIL_MESSAGE = "An account with this e-mail already exists.";

export const createEmployeeSchema = z.object({ name, email, password, role: staffRole });
export type CreateEmployeeInput = z.input<typeof createEmployeeSchema>;

export const updateUserRoleSchema = z.object({ userId, role: staffRole });
export type UpdateUserRoleInput = z.input<typeof updateUserRoleSchema>;

export const setUserActiveSchema = z.object({
  userId,
  active: z.boolean({ message: "Choose enable or disable." }),
});
export type SetUserActiveInput = z.input<typeof setUserActiveSchema>;

export const registerCustomerSchema = z.object({ name, email, password, accessCode: accessCodeField, phone });
export type RegisterCustomerInput = z.input<typeof registerCustomerSchema>;

export const updateMyPhoneSchema = z.object({ phone });
export type UpdateMyPhoneInput = z.input<typeof updateMyPhoneSchema>;

/** The stored form of a phone number: single spaces, null for none. */
export const storedPhone = (value: string | undefined): string | null =>
  value ? value.replace(/\s+/g, " ") : null;
