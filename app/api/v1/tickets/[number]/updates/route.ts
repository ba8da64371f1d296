import { apiRoute } from "@/lib/api/api-route";
import { addUpdateApi, listUpdatesApi } from "@/lib/api/messages-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ number: string }>("read", listUpdatesApi);
export const POST = apiRoute<{ number: string }>("write", addUpdateApi);
