import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authSecret } from "../env";
import { negotiateLocale } from "../i18n/locales";
import { clearSignInFailures, recordSignInFailure, signInLockedFor } from "../security/sign-in-limits";
import { getDb } from "../server/db";
import { recordBrowserLocale } from "../users/record-browser-locale";
import { authLogger } from "./auth-logger";
import { TooManyAttempts } from "./too-many-attempts";
import { verifyCredentials } from "./verify-credentials";

const credentialsSchema = z.object({ email: z.string().email(), password: z.string().min(1) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  logger: authLogger,
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const db = await getDb();
        const { email, password } = parsed.data;
        const address = clientAddress(request.headers);
        // A locked account is refused before its password is looked at, the right one too.
        const wait = await signInLockedFor(db, email, address);
        if (wait !== null) throw new TooManyAttempts(wait);
        const userId = await verifyCredentials(db, email, password);
        if (!userId) {
          const locked = await recordSignInFailure(db, email, address);
          throw locked === null ? new CredentialsSignin() : new TooManyAttempts(locked);
        }
        await clearSignInFailures(db, email);
        await recordBrowserLocale(db, userId, negotiateLocale(request.headers.get("accept-language")));
        return { id: userId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});

/**
 * The client's address as the reverse proxy (or Next.js itself) reports it; null when nobody does,
 * and then only the per-account limit applies.
 */
function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}
