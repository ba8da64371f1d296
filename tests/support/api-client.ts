import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { openApiDocument } from "@/lib/api/openapi-document";

type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Entry = { pattern: RegExp; template: string; methods: Record<string, Route> };

const document = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document as object, "openapi");

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/** Checks a response against what the OpenAPI document promises for this path, method and status. */
export function expectDocumented(template: string, method: string, response: Response, body: unknown): void {
  const op = (document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[
    template
  ]?.[method.toLowerCase()];
  expect(op, `${method} ${template} is in the document`).toBeTruthy();
  const status = String(response.status);
  expect(Object.keys(op!.responses), `${method} ${template} documents ${status}`).toContain(status);
  const type = response.headers.get("content-type")?.split(";")[0] ?? "";
  const ref = `openapi#/${pointer("paths", template, method.toLowerCase(), "responses", status, "content", type, "schema")}`;
  const validate = ajv.compile({ $ref: ref });
  expect(validate(body), `${method} ${template} ${status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}

/** Calls the route handlers as Next would, and checks every answer against the document. */
export function apiClient(routes: { template: string; methods: Record<string, Route> }[]) {
  const entries: Entry[] = routes.map((r) => ({
    ...r,
    pattern: new RegExp(`^${r.template.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}$`),
  }));
  return async function call(
    method: string,
    path: string,
    options: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
    // biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely; the document check types them
  ): Promise<{ status: number; body: any; headers: Headers }> {
    const url = new URL(`http://localhost/api/v1${path}`);
    const entry = entries.find((e) => e.pattern.test(url.pathname.slice("/api/v1".length)));
    if (!entry) throw new Error(`No route for ${path}`);
    const route = entry.methods[method];
    if (!route) throw new Error(`No ${method} for ${path}`);
    const params = entry.pattern.exec(url.pathname.slice("/api/v1".length))!.groups ?? {};
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers["content-type"] = "application/json";
    const request = new Request(url, {
      method,
      headers,
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === "string"
            ? options.body
            : JSON.stringify(options.body),
    });
    const response = await route(request, { params: Promise.resolve(params) });
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (response.status !== 204) expectDocumented(entry.template, method, response, body);
    return { status: response.status, body, headers: response.headers };
  };
}
