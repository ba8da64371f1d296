import { apiRoute } from "@/lib/api/api-route";
import { listMessagesApi, postMessageApi } from "@/lib/api/messages-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ number: string }>("read", listMessagesApi);
export const POST = apiRoute<{ number: string }>("write", postMessageApi);
