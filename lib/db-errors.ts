/** Postgres error fields as PGlite (`constraint`) and postgres.js (`constraint_name`) report them. */
type PgErrorLike = { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };

/**
 * Whether a failed query broke a unique index (optionally a named one). Drizzle wraps the driver's
 * error, so the chain of causes is searched.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const e = current as PgErrorLike;
    if (e.code === "23505") {
      const name = e.constraint ?? e.constraint_name;
      return constraint === undefined || name === constraint;
    }
    current = e.cause;
  }
  return false;
}
