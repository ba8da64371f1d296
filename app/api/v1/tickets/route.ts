import { apiRoute } from "@/lib/api/api-route";
import { createTicketApi, listTicketsApi } from "@/lib/api/tickets-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute("read", listTicketsApi);
export const POST = apiRoute("write", createTicketApi);
