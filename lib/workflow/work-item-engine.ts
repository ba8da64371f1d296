import { type MessageKey, type Msg, type MsgValue, msg } from "../i18n/msg";
import { english } from "../i18n/translate";
import type { Role } from "./roles";
import type { StatusActionType } from "./status-actions";
import type { TicketCategory } from "./ticket-categories";
import { findTableRow, type New, type TransitionTable } from "./transition-table";

/** A status row as the engine sees it, for any kind (the category type is the kind's). */
export type StatusRef<C extends string = TicketCategory> = {
  readonly id: string;
  readonly category: C;
  readonly name: string;
  readonly systemKey: string | null;
  readonly archived: boolean;
  /** What entering this status sets off (workflow.md 2.5). */
  readonly actionTypes: readonly StatusActionType[];
};

export type EngineActor =
  | { readonly id: string; readonly role: Role }
  | { readonly id: null; readonly role: "sys" };

export type RefusalCode = "forbidden" | "not_allowed" | "invalid";
export type Refusal = {
  readonly ok: false;
  readonly code: RefusalCode;
  readonly msg: Msg;
  /** The reason in English (logs, tests); doors render `msg` in the reader's language. */
  readonly message: string;
};
export type Decision<E> = { readonly ok: true; readonly events: readonly E[] } | Refusal;

export type EngineKey = MessageKey & `engine.${string}`;

export function refuse(code: RefusalCode, key: EngineKey, values?: Record<string, MsgValue>): Refusal {
  const reason = msg(key, values);
  return {
    ok: false,
    code,
    msg: reason,
    // Rendered only when read: a menu decides dozens of moves and shows none of their reasons.
    get message() {
      return english(reason);
    },
  };
}

export const accept = <E>(events: readonly E[]): Decision<E> => ({ ok: true, events });

/** A status change as every kind records it. */
export type StatusChanged<C extends string, R extends string> = {
  readonly type: "status_changed";
  readonly from: StatusRef<C>;
  readonly to: StatusRef<C>;
  readonly reason: R;
};

/**
 * What the shared core needs to know of a kind: its rule table, who the actor is for an item,
 * and how its refusals read.
 */
export type WorkflowDefinition<C extends string, P extends string, T extends string, I> = {
  readonly kind: string;
  readonly table: TransitionTable<C, P, T>;
  /** Which parties of the table the actor is for this item (null: the item does not exist yet). */
  partiesOf(actor: EngineActor, item: I | null): readonly P[];
  categoryMsg(category: C): Msg;
  /** Said when the actor is a party, but no row allows this move. */
  readonly cannotMoveKey: EngineKey;
  /** Said when the actor is no party of this item at all. */
  strangerKey(actor: EngineActor): EngineKey;
};

/** The category-level check every kind's moves pass: a row of its table, or why not. */
export function checkMove<C extends string, P extends string, T extends string, I>(
  def: WorkflowDefinition<C, P, T, I>,
  actor: EngineActor,
  item: I | null,
  from: C | New,
  to: C,
  via: T,
): Refusal | null {
  const parties = def.partiesOf(actor, item);
  if (findTableRow(def.table, from, to, parties, via)) return null;
  if (parties.length === 0) return refuse("not_allowed", def.strangerKey(actor));
  if (from === "(new)") return refuse("forbidden", def.strangerKey(actor));
  return refuse("not_allowed", def.cannotMoveKey, {
    from: def.categoryMsg(from as C),
    to: def.categoryMsg(to),
  });
}

export function systemStatus<C extends string>(statuses: readonly StatusRef<C>[], key: string): StatusRef<C> {
  const status = statuses.find((s) => s.systemKey === key);
  if (!status) throw new Error(`System status "${key}" is missing: the migrations were not applied`);
  return status;
}

/** The status an item ends in after applying the events. */
export function finalStatus<C extends string>(
  current: StatusRef<C>,
  events: readonly { readonly type: string }[],
): StatusRef<C> {
  let status = current;
  for (const event of events) {
    if (event.type === "status_changed") status = (event as StatusChanged<C, string>).to;
  }
  return status;
}
