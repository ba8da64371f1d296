/** The rows of a raw `execute`: postgres.js returns them as the result, PGlite inside `rows`. */
export function resultRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** A json value selected by raw SQL: drizzle's postgres.js driver leaves it a string, PGlite parses it. */
export function parseJson<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}
