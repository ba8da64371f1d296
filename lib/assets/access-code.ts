import { randomInt } from "node:crypto";
import { isUniqueViolation } from "../db-errors";
import { msg } from "../i18n/msg";

// No 0/O, 1/I/L: codes are read aloud and typed from paper.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const GROUP = 5;
const GROUPS = 3;

export const WRONG_CODE_MESSAGE = msg("errors.assets.wrongCode");
export const ACCESS_CODE_CONSTRAINT = "assets_access_code_key";
export const CODE_ATTEMPTS = 5;

/**
 * A random code like `K7QMA-2XPAB-9RTWE`, from a CSPRNG: 31^15 ≈ 2^74 possibilities, far beyond
 * guessing even without the attempt limits. Codes made before (two groups of four) keep working.
 */
export function generateAccessCode(): string {
  const pick = () => Array.from({ length: GROUP }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return Array.from({ length: GROUPS }, pick).join("-");
}

/** Codes are stored upper-case; people may type them in any case and with stray spaces. */
export function normalizeAccessCode(code: string): string {
  return code.replace(/\s+/g, "").toUpperCase();
}

/**
 * Runs `write` with a fresh code, again with another one if the code is already taken. Each attempt
 * must be its own transaction: a unique violation aborts the transaction it happens in.
 */
export async function withFreshAccessCode<T>(
  write: (code: string) => Promise<T>,
  generate: () => string = generateAccessCode,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(generate());
    } catch (error) {
      if (attempt >= CODE_ATTEMPTS || !isUniqueViolation(error, ACCESS_CODE_CONSTRAINT)) throw error;
    }
  }
}
