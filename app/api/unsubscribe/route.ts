import { DomainError } from "@/lib/errors";
import { getDb } from "@/lib/server/db";
import { unsubscribeByToken } from "@/lib/users/unsubscribe-by-token";

/**
 * One-click unsubscribe (RFC 8058): the mail client POSTs `List-Unsubscribe=One-Click` to the
 * address in the List-Unsubscribe header, from its own servers, so there is no origin to check and
 * no session; the signed token is the authorization.
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  try {
    await unsubscribeByToken(await getDb(), { token });
    return new Response(null, { status: 204 });
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ error: error.code }, { status: 400 });
    // Mail providers call this from their servers: a bare status, never an error page.
    console.error("One-click unsubscribe failed", error);
    return new Response(null, { status: 500 });
  }
}
