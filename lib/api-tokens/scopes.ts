/** What a token may do: read, or read and write. Shared by the schema, the verbs and the form. */
export const API_SCOPES = ["read", "write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];
