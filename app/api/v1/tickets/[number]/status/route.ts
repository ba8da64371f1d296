import { apiRoute } from "@/lib/api/api-route";
import { changeTicketStatusApi } from "@/lib/api/tickets-api";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ number: string }>("write", changeTicketStatusApi);
