import { apiRoute } from "@/lib/api/api-route";
import { getSessionApi } from "@/lib/api/work-items-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ number: string }>("read", getSessionApi);
