import { apiRoute } from "@/lib/api/api-route";
import { changeTaskStatusApi } from "@/lib/api/work-items-api";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ number: string }>("write", changeTaskStatusApi);
