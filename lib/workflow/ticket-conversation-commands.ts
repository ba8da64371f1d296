import { type MessagingRefusal, messagingRefusal, updateRefusal } from "./ticket-messaging";
import type { Decision, EngineActor, TicketCommand, TicketState } from "./ticket-model";
import { accept, refuse } from "./work-item-engine";

const MESSAGING_REFUSALS = {
  customerReadOnly: "engine.messagesClosed",
  notYours: "engine.onlyCreatorMessages",
  notAssigned: "engine.onlyAssignedMessages",
  engine: "engine.onlyPeopleMessage",
} as const satisfies Record<MessagingRefusal, string>;

const UPDATE_REFUSALS = {
  customerReadOnly: "engine.updatesClosed",
  notYours: "engine.onlyCreatorUpdates",
  notAssigned: "engine.onlyAssignedUpdates",
  engine: "engine.onlyPeopleMessage",
} as const satisfies Record<MessagingRefusal, string>;

const codeOf = (refusal: MessagingRefusal) => (refusal === "customerReadOnly" ? "not_allowed" : "forbidden");

/** A message into the ticket's messenger (workflow.md 2.3, 2.7). */
export function decideMessage(
  actor: EngineActor,
  ticket: TicketState,
  command: Extract<TicketCommand, { type: "post_message" }>,
): Decision {
  const refusal = messagingRefusal(actor, ticket);
  if (refusal) return refuse(codeOf(refusal), MESSAGING_REFUSALS[refusal]);
  // Inviting into a video session is the employees' part (workflow.md 2.7): customers request one.
  if (command.videoSessionId && (actor.role === "code_user" || actor.role === "sys")) {
    return refuse("forbidden", "engine.onlyEmployeesShareSessions");
  }
  const { body, attachmentIds, videoSessionId } = command;
  return accept([{ type: "message_posted", body, attachmentIds, videoSessionId }]);
}

/** An update to the ticket's service record, public or internal (workflow.md 2.7). */
export function decideUpdate(
  actor: EngineActor,
  ticket: TicketState,
  command: Extract<TicketCommand, { type: "add_update" }>,
): Decision {
  const refusal = updateRefusal(actor, ticket, command.visibility);
  if (refusal === "internalStaffOnly") return refuse("forbidden", "engine.internalUpdatesStaff");
  if (refusal) return refuse(codeOf(refusal), UPDATE_REFUSALS[refusal]);
  const { updateId, visibility, body, attachmentIds } = command;
  return accept([{ type: "update_added", updateId, visibility, body, attachmentIds }]);
}
