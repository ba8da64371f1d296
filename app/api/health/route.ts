/** Liveness for load balancers and the HTTP benchmark's floor: answers without touching the database. */
export function GET() {
  return Response.json({ status: "ok" });
}
