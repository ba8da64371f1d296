import { apiRoute } from "@/lib/api/api-route";
import { getTicketApi } from "@/lib/api/tickets-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ number: string }>("read", getTicketApi);
