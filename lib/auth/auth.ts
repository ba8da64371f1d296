import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authSecret } from "../env";
import { negotiateLocale } from "../i18n/locales";
import { getDb } from "../server/db";
import { recordBrowserLocale } from "../users/record-browser-locale";
import { authLogger } from "./auth-logger";
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
        const userId = await verifyCredentials(db, parsed.data.email, parsed.data.password);
        if (!userId) throw new CredentialsSignin();
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
