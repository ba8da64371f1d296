/**
 * The client's address as the reverse proxy (or Next.js itself) reports it; null when nobody does,
 * and then only the per-account limits apply.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}
