import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import {
  addUpdateBody,
  changeTaskStatusBody,
  message,
  messageListQuery,
  messagePage,
  postMessageBody,
  session,
  sessionListQuery,
  sessionPage,
  task,
  taskListQuery,
  taskPage,
  ticketUpdateList,
} from "./item-schemas";
import {
  assetList,
  changeStatusBody,
  createTicketBody,
  problem,
  setAssigneesBody,
  statusList,
  ticket,
  ticketListQuery,
  ticketNumberParam,
  ticketPage,
  userList,
} from "./schemas";

const problemContent = { "application/problem+json": { schema: problem } };
const problems = (...codes: number[]): ZodOpenApiResponsesObject =>
  Object.fromEntries(
    [401, 429, 500, ...codes].map((code) => [
      String(code),
      { description: DESCRIPTIONS[code] ?? "", content: problemContent },
    ]),
  );
const DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input; `errors` names each field",
  401: "Missing, unknown, revoked or expired token, or its owner is disabled",
  403: "The token's owner may not do this, or the token is read-only",
  404: "No such item, or not one the token's owner may see (to customers, tasks do not exist)",
  409: "Stale version (If-Match or `version`), or the same Idempotency-Key still running",
  422: "Refused by the workflow, with the reason; or an Idempotency-Key reused for another request",
  429: "Rate-limited; see Retry-After",
  500: "Our failure. After a change was made, a repeat with the same Idempotency-Key gets this answer again",
};
const ok = (schema: z.ZodType, description = "OK") => ({
  description,
  content: { "application/json": { schema } },
});
const GONE = { description: "Changed; the token's owner may no longer see the ticket" };
const number = { path: z.object({ number: ticketNumberParam }) };
const ifMatch = {
  header: z.object({
    "If-Match": z.string().optional().meta({ description: 'The version you last read, e.g. `"3"`' }),
  }),
};
const idempotencyKey = {
  header: z.object({
    "Idempotency-Key": z
      .string()
      .max(255)
      .optional()
      .meta({ description: "A repeat with the same key answers with the first result (kept 24 h)" }),
  }),
};
const jsonBody = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
const op = (o: ZodOpenApiOperationObject): ZodOpenApiOperationObject => ({
  security: [{ bearer: [] }],
  ...o,
});

/** The API v1 document, generated from the schemas the handlers parse with. */
export function openApiDocument(serverUrl = "/api/v1") {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Helpdesk API",
      version: "1.0.0",
      description:
        "Tokens act as their owner: the same role and the same rules as in the app. Create one under Settings → API (customers: Profile) and send it as `Authorization: Bearer hd_…`.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "A personal API token" } },
    },
    paths: {
      "/tickets": {
        get: op({
          operationId: "listTickets",
          summary: "List tickets (newest page first, keyset cursor)",
          tags: ["Tickets"],
          requestParams: { query: ticketListQuery },
          responses: { "200": ok(ticketPage), ...problems(400, 403) },
        }),
        post: op({
          operationId: "createTicket",
          summary: "Create a ticket",
          tags: ["Tickets"],
          requestParams: idempotencyKey,
          requestBody: jsonBody(createTicketBody),
          responses: { "201": ok(ticket, "Created"), ...problems(400, 403, 409, 422) },
        }),
      },
      "/tickets/{number}": {
        get: op({
          operationId: "getTicket",
          summary: "Get a ticket",
          tags: ["Tickets"],
          requestParams: number,
          responses: { "200": ok(ticket), ...problems(404) },
        }),
      },
      "/tickets/{number}/status": {
        post: op({
          operationId: "changeTicketStatus",
          summary: "Move a ticket to another status",
          tags: ["Tickets"],
          requestParams: { ...number, header: ifMatch.header.extend(idempotencyKey.header.shape) },
          requestBody: jsonBody(changeStatusBody),
          responses: { "200": ok(ticket), "204": GONE, ...problems(400, 403, 404, 409, 422) },
        }),
      },
      "/tickets/{number}/assignees": {
        put: op({
          operationId: "setTicketAssignees",
          summary: "Set who works on a ticket",
          tags: ["Tickets"],
          requestParams: { ...number, ...ifMatch },
          requestBody: jsonBody(setAssigneesBody),
          responses: { "200": ok(ticket), "204": GONE, ...problems(400, 403, 404, 409, 422) },
        }),
      },
      "/tickets/{number}/messages": {
        get: op({
          operationId: "listTicketMessages",
          summary: "Read a ticket's messages (newest page first)",
          tags: ["Messages"],
          requestParams: { ...number, query: messageListQuery },
          responses: { "200": ok(messagePage), ...problems(400, 404) },
        }),
        post: op({
          operationId: "postTicketMessage",
          summary: "Write a message to the ticket's customer or employees",
          tags: ["Messages"],
          requestParams: { ...number, ...idempotencyKey },
          requestBody: jsonBody(postMessageBody),
          responses: { "201": ok(message, "Written"), ...problems(400, 403, 404, 409, 422) },
        }),
      },
      "/tickets/{number}/updates": {
        get: op({
          operationId: "listTicketUpdates",
          summary: "Read the updates to a ticket's service record",
          tags: ["Updates"],
          requestParams: number,
          responses: { "200": ok(ticketUpdateList), ...problems(404) },
        }),
        post: op({
          operationId: "addTicketUpdate",
          summary: "Add an update (what was done or found)",
          tags: ["Updates"],
          requestParams: { ...number, ...idempotencyKey },
          requestBody: jsonBody(addUpdateBody),
          responses: {
            "201": ok(ticketUpdateList, "Added; all updates"),
            ...problems(400, 403, 404, 409, 422),
          },
        }),
      },
      "/tasks": {
        get: op({
          operationId: "listTasks",
          summary: "List tasks (employees; keyset `after`)",
          tags: ["Tasks"],
          requestParams: { query: taskListQuery },
          responses: { "200": ok(taskPage), ...problems(400, 403, 404) },
        }),
      },
      "/tasks/{number}": {
        get: op({
          operationId: "getTask",
          summary: "Get a task (`K-12` or `12`)",
          tags: ["Tasks"],
          requestParams: { path: z.object({ number: z.string().meta({ example: "K-12" }) }) },
          responses: { "200": ok(task), ...problems(403, 404) },
        }),
      },
      "/tasks/{number}/status": {
        post: op({
          operationId: "changeTaskStatus",
          summary: "Move a task to another status",
          tags: ["Tasks"],
          requestParams: { path: z.object({ number: z.string().meta({ example: "K-12" }) }), ...ifMatch },
          requestBody: jsonBody(changeTaskStatusBody),
          responses: { "200": ok(task), ...problems(400, 403, 404, 409, 422) },
        }),
      },
      "/sessions": {
        get: op({
          operationId: "listVideoSessions",
          summary: "List video sessions (keyset `after`)",
          tags: ["Video sessions"],
          requestParams: { query: sessionListQuery },
          responses: { "200": ok(sessionPage), ...problems(400, 403) },
        }),
      },
      "/sessions/{number}": {
        get: op({
          operationId: "getVideoSession",
          summary: "Get a video session (`V-7` or `7`)",
          tags: ["Video sessions"],
          requestParams: { path: z.object({ number: z.string().meta({ example: "V-7" }) }) },
          responses: { "200": ok(session), ...problems(404) },
        }),
      },
      "/statuses": {
        get: op({
          operationId: "listStatuses",
          summary: "List ticket statuses (employees)",
          tags: ["Statuses"],
          responses: { "200": ok(statusList), ...problems(403) },
        }),
      },
      "/assets": {
        get: op({
          operationId: "listAssets",
          summary: "List assets a ticket can be filed for",
          tags: ["Assets"],
          responses: { "200": ok(assetList), ...problems() },
        }),
      },
      "/users": {
        get: op({
          operationId: "listUsers",
          summary: "List users (admins)",
          tags: ["Users"],
          responses: { "200": ok(userList), ...problems(403) },
        }),
      },
    },
  });
}
