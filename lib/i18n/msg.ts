import type en from "@/messages/en";

/** Every leaf of the English catalog as a dotted key ("tickets.list.title"). */
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type Messages = typeof en;
export type MessageKey = Leaves<Messages>;

export type MsgValue = string | number | Date | Msg;
/**
 * A sentence not yet in any language: its catalog key and values. Verbs, the engine and queries
 * return these; the door that knows the reader's language renders them.
 */
export type Msg = { readonly key: MessageKey; readonly values?: Readonly<Record<string, MsgValue>> };

export const msg = (key: MessageKey, values?: Record<string, MsgValue>): Msg =>
  values ? { key, values } : { key };

export const isMsg = (value: unknown): value is Msg =>
  typeof value === "object" && value !== null && typeof (value as Msg).key === "string";

type Translate = (key: MessageKey, values?: Record<string, string | number | Date>) => string;

/** Renders a Msg with any translator (server or client); values that are Msgs are rendered first. */
export function renderMsg(t: Translate, m: Msg): string {
  if (!m.values) return t(m.key);
  const values: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(m.values))
    values[name] = isMsg(value) ? renderMsg(t, value) : value;
  return t(m.key, values);
}

type ValidationName = MessageKey extends infer K
  ? K extends `errors.validation.${infer R}`
    ? R
    : never
  : never;
/**
 * A validation message for a zod schema: its catalog key, rendered by whoever shows it (the door
 * for verbs' errors, the form for an action's validation errors).
 */
export const validation = (name: ValidationName) => `errors.validation.${name}` as const;
