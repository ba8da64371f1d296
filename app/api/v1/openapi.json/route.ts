import { openApiDocument } from "@/lib/api/openapi-document";

/** Public like any API reference: it describes the API, and reveals no data. */
export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
