import { apiRoute } from "@/lib/api/api-route";
import { listUsersApi } from "@/lib/api/directory-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute("read", listUsersApi);
