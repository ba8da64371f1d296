import { apiRoute } from "@/lib/api/api-route";
import { setTicketAssigneesApi } from "@/lib/api/tickets-api";

export const dynamic = "force-dynamic";

export const PUT = apiRoute<{ number: string }>("write", setTicketAssigneesApi);
