/** The call's one door on the server (POST /api/calls): what happened, as JSON. */
export const postCall = (body: Record<string, unknown>): Promise<Response> =>
  fetch("/api/calls", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
