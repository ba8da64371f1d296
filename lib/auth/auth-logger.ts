/** Auth.js's logger: a wrong password is an answer, not an incident, so it gets no stack trace. */
export const authLogger = {
  error(error: Error) {
    if ((error as { type?: string }).type === "CredentialsSignin") return;
    console.error("[auth]", error);
  },
};
