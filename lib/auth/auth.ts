import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authSecret } from "../env";
import { negotiateLocale } from "../i18n/locales";
import { clientAddress } from "../security/client-address";
import { clearSignInFailures, recordSignInFailure, signInLockedFor } from "../security/sign-in-limits";
import { getDb } from "../server/db";
import { recordBrowserLocale } from "../users/record-browser-locale";
import { authLogger } from "./auth-logger";
import { TooManyAttempts } from "./too-many-attempts";
import { checkCredentials } from "./verify-credentials";

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
        const account = await checkCredentials(db, email, password);
        if (!account) {
          const locked = await recordSignInFailure(db, email, address);
          throw locked === null ? new CredentialsSignin() : new TooManyAttempts(locked);
        }
        await clearSignInFailures(db, email);
        await recordBrowserLocale(db, account.id, negotiateLocale(request.headers.get("accept-language")));
        return { id: account.id, sessionVersion: account.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      // Tokens issued before session versions existed count as version 0, the column's default.
      session.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
});
