import { z } from "zod";
import { newPasswordField } from "../auth/password-rules";
import { validation } from "../i18n/msg";

export const changeMyPasswordSchema = z.object({
  currentPassword: z.string({ message: validation("currentPassword") }).min(1, validation("currentPassword")),
  newPassword: newPasswordField,
});
export type ChangeMyPasswordInput = z.input<typeof changeMyPasswordSchema>;

export const requestPasswordResetSchema = z.object({
  email: z
    .string({ message: validation("yourEmail") })
    .trim()
    .toLowerCase()
    .max(200, validation("emailMax"))
    .email(validation("yourEmail")),
});
export type RequestPasswordResetInput = z.input<typeof requestPasswordResetSchema>;

export const resetPasswordSchema = z.object({
  token: z.string().min(20).max(200),
  password: newPasswordField,
});
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
