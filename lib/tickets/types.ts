import type { DonePolicyMode } from "../workflow/done-policy";
import type { BarModel } from "../workflow/status-bar";
import type { OfferState, TicketCategory, TicketStep, Visibility } from "../workflow/ticket-categories";

/** Client-safe DTO types. Staff and customer shapes are separate so internal fields cannot leak. */
export type StatusOption = {
  id: string;
  name: string;
  color: string;
  /** What entering it sets off, e.g. "sends SMS, opens payment"; empty when nothing. */
  preview: string;
  opensPayment: boolean;
};

export type StaffTicketListItem = {
  id: string;
  number: number;
  title: string;
  status: { id: string; name: string; color: string; category: TicketCategory; archived: boolean };
  visibility: Visibility;
  assetName: string | null;
  assignees: string[];
  updatedAt: string;
};

export type PortalTicketListItem = {
  id: string;
  number: number;
  title: string;
  step: TicketStep;
  assetName: string | null;
  mine: boolean;
  updatedAt: string;
};

export type Page<T> = { items: T[]; nextCursor: number | null };

export type HistoryItem = { id: number; at: string; text: string };

export type StaffTicketDetail = {
  audience: "staff";
  id: string;
  number: number;
  title: string;
  description: string;
  visibility: Visibility;
  version: number;
  createdAt: string;
  creator: { id: string; name: string; isCustomer: boolean };
  asset: { id: string; name: string } | null;
  status: { id: string; name: string; color: string; category: TicketCategory; archived: boolean };
  bar: BarModel;
  assignees: { id: string; name: string }[];
  offers: { userId: string; name: string; state: OfferState }[];
  myPendingOffer: boolean;
  transitions: StatusOption[];
  amountCents: number | null;
  canSetAmount: boolean;
  money: TicketMoney | null;
  canAssign: boolean;
  employees: { id: string; name: string; role: string }[];
  rating: { stars: number; comment: string | null } | null;
  history: HistoryItem[];
};

export type PortalTicketDetail = {
  audience: "customer";
  id: string;
  number: number;
  title: string;
  description: string;
  version: number;
  createdAt: string;
  mine: boolean;
  asset: { id: string; name: string } | null;
  step: TicketStep;
  bar: BarModel;
  assignees: string[];
  actions: { cancel: boolean; reopen: boolean; rate: boolean; confirm: boolean };
  donePolicy: DonePolicyMode;
  rating: { stars: number; comment: string | null } | null;
  history: HistoryItem[];
};

export type TicketDetail = StaffTicketDetail | PortalTicketDetail;

export type CategoryCount = { category: TicketCategory; count: number };
export type StatusCount = {
  id: string;
  name: string;
  category: TicketCategory;
  archived: boolean;
  count: number;
};

export const formatTicketNumber = (n: number) => `T-${n}`;

export type TicketPayment = {
  id: string;
  receiptNumber: number;
  kind: "payment" | "write_off";
  amountCents: number;
  method: "cash" | "card" | "bank_transfer" | null;
  employeeName: string | null;
  createdAt: string;
};

export type TicketMoney = {
  amountCents: number | null;
  paidCents: number;
  writtenOffCents: number;
  balanceCents: number;
  payments: TicketPayment[];
};
