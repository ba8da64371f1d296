import { CredentialsSignin } from "next-auth";
import { minutesToWait } from "../errors";

const PREFIX = "too_many:";

/** A sign-in refused by the brute-force limits; its code carries the minutes to wait. */
export class TooManyAttempts extends CredentialsSignin {
  constructor(waitMs: number) {
    super();
    this.code = `${PREFIX}${minutesToWait(waitMs)}`;
  }
}

/** The minutes of a TooManyAttempts refusal, or null for any other error. */
export function minutesOfRefusal(error: unknown): number | null {
  // By shape, not class: the server action and Auth.js may hold different copies of the class.
  const code = (error as { type?: unknown; code?: unknown } | null)?.code;
  if ((error as { type?: unknown })?.type !== "CredentialsSignin" || typeof code !== "string") return null;
  return code.startsWith(PREFIX) ? Number(code.slice(PREFIX.length)) : null;
}
