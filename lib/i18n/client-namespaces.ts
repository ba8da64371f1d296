import type { Messages } from "./msg";

/**
 * Which parts of the catalog each area's client components read. The browser gets only these, in
 * the page's payload, instead of every string of the app (about 48 kB) on every page.
 */
type Namespace = keyof Messages;

export const BASE_NAMESPACES = ["common"] as const satisfies readonly Namespace[];
export const AUTH_NAMESPACES = ["common", "auth", "errors"] as const satisfies readonly Namespace[];
const SHARED = [
  "common",
  "nav",
  "errors",
  "engine",
  "workflow",
  "tickets",
  "sessions",
  "notifications",
  "messaging",
  "profile",
  "shortcuts",
] as const satisfies readonly Namespace[];
export const PORTAL_NAMESPACES = [...SHARED, "portal"] as const;
export const STAFF_NAMESPACES = [...SHARED, "tasks"] as const;
export const SETTINGS_NAMESPACES = [...STAFF_NAMESPACES, "settings"] as const;

export function pickNamespaces(all: Messages, namespaces: readonly Namespace[]): Partial<Messages> {
  return Object.fromEntries(namespaces.map((ns) => [ns, all[ns]]));
}
