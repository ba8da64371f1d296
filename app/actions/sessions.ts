"use server";

import { actorAction } from "@/lib/server/action-client";
import { addMeAsResponsible } from "@/lib/sessions/add-me-as-responsible";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { confirmSession } from "@/lib/sessions/confirm-session";
import { createSession } from "@/lib/sessions/create-session";
import { createTicketFromSession } from "@/lib/sessions/create-ticket-from-session";
import { linkSessionTicket } from "@/lib/sessions/link-session-ticket";
import { rateSession } from "@/lib/sessions/rate-session";
import { reopenSession } from "@/lib/sessions/reopen-session";
import { requestSession } from "@/lib/sessions/request-session";
import {
  createSessionSchema,
  rateSessionSchema,
  requestSessionSchema,
  sessionTicketSchema,
  versionedSession,
} from "@/lib/sessions/schemas";

// Thin doors: parse, call one verb; the verb authorizes and decides.
export const requestSessionAction = actorAction
  .inputSchema(requestSessionSchema)
  .action(({ parsedInput, ctx }) => requestSession(ctx, parsedInput));

export const createSessionAction = actorAction
  .inputSchema(createSessionSchema)
  .action(({ parsedInput, ctx }) => createSession(ctx, parsedInput));

export const confirmSessionAction = actorAction
  .inputSchema(versionedSession)
  .action(({ parsedInput, ctx }) => confirmSession(ctx, parsedInput));

export const cancelSessionAction = actorAction
  .inputSchema(versionedSession)
  .action(({ parsedInput, ctx }) => cancelSession(ctx, parsedInput));

export const reopenSessionAction = actorAction
  .inputSchema(versionedSession)
  .action(({ parsedInput, ctx }) => reopenSession(ctx, parsedInput));

export const rateSessionAction = actorAction
  .inputSchema(rateSessionSchema)
  .action(({ parsedInput, ctx }) => rateSession(ctx, parsedInput));

export const addMeAsResponsibleAction = actorAction
  .inputSchema(versionedSession)
  .action(({ parsedInput, ctx }) => addMeAsResponsible(ctx, parsedInput));

export const linkSessionTicketAction = actorAction
  .inputSchema(sessionTicketSchema)
  .action(({ parsedInput, ctx }) => linkSessionTicket(ctx, parsedInput, true));

export const unlinkSessionTicketAction = actorAction
  .inputSchema(sessionTicketSchema)
  .action(({ parsedInput, ctx }) => linkSessionTicket(ctx, parsedInput, false));

export const createTicketFromSessionAction = actorAction
  .inputSchema(versionedSession)
  .action(({ parsedInput, ctx }) => createTicketFromSession(ctx, parsedInput));
