import type { SessionActions } from "../workflow/session-engine";
import type { SessionCategory } from "../workflow/session-workflow";
import type { BarModel } from "../workflow/status-bar";

export type SessionListItem = {
  id: string;
  number: number;
  reason: string;
  category: SessionCategory;
  asset: { id: string; name: string };
  customer: { id: string; name: string };
  createdAt: string;
};
export type SessionListPage = { items: SessionListItem[]; nextAfter: number | null };

export type SessionDetail = {
  audience: "staff" | "customer";
  id: string;
  number: number;
  reason: string;
  version: number;
  category: SessionCategory;
  bar: BarModel;
  visibility: "internal" | "public";
  asset: { id: string; name: string };
  customer: { id: string; name: string };
  /** Employees who received the request (staff only). */
  recipients: string[];
  responsibles: { id: string; name: string }[];
  linkedTickets: { number: number; title: string }[];
  callStartedAt: string | null;
  callEndedAt: string | null;
  durationSeconds: number | null;
  rating: { stars: number; comment: string | null } | null;
  actions: SessionActions;
  /**
   * The reader's part in the call, when they take part in it: who the others are, whether one of
   * them is in the call now ("Join call" rather than "Start call"), and whether the reader was in
   * it a moment ago (back after a reload: rejoin by itself).
   */
  call: { selfId: string; peerIds: string[]; peersPresent: boolean; rejoin: boolean } | null;
  createdAt: string;
  history: { id: number; at: string; text: string }[];
};
