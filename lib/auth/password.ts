import bcrypt from "bcryptjs";

/** bcrypt's cost factor for new hashes; older, cheaper hashes are replaced at the next sign-in. */
export const PASSWORD_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, PASSWORD_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Whether a hash was made with a lower cost than new ones get (or is not a bcrypt hash at all). */
export function needsRehash(hash: string): boolean {
  try {
    return bcrypt.getRounds(hash) < PASSWORD_COST;
  } catch {
    return true;
  }
}
