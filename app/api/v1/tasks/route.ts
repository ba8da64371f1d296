import { apiRoute } from "@/lib/api/api-route";
import { listTasksApi } from "@/lib/api/work-items-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute("read", listTasksApi);
