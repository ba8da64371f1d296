import { apiRoute } from "@/lib/api/api-route";
import { listSessionsApi } from "@/lib/api/work-items-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute("read", listSessionsApi);
