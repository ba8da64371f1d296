import { z } from "zod";
import { validation } from "../i18n/msg";
import { COMMON_PASSWORDS } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 10;
/** bcrypt reads only the first 72 bytes: a longer password would be cut without a word. */
export const PASSWORD_MAX_BYTES = 72;

let common: ReadonlySet<string> | undefined;
const commonPasswords = () => {
  common ??= new Set(COMMON_PASSWORDS.split("\n"));
  return common;
};

export const isCommonPassword = (password: string) => commonPasswords().has(password.toLowerCase());

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** A new password (registration, reset, change, a new employee): OWASP ASVS V6.2. */
export const newPasswordField = z
  .string({ message: validation("passwordRequired") })
  .min(PASSWORD_MIN_LENGTH, validation("passwordMin"))
  .refine((p) => byteLength(p) <= PASSWORD_MAX_BYTES, validation("passwordMax"))
  .refine((p) => !isCommonPassword(p), validation("passwordCommon"));
