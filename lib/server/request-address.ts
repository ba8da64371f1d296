import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "../security/client-address";

/** For doors: the address of the client of this request, for the per-address limits. */
export async function requestAddress(): Promise<string | null> {
  return clientAddress(await headers());
}
