import type { AttachmentItem } from "../attachments/queries";
import type { MessageParagraphs } from "../conversation/message-markdown";
import type { ProvidedAnswer } from "../flows/queries";
import type { SessionListItem } from "../sessions/types";
import type { TaskListItem } from "../tasks/types";
import type { DonePolicyMode } from "../workflow/done-policy";
import type { BarModel } from "../workflow/status-bar";
import type { OfferState, TicketCategory, TicketStep, Visibility } from "../workflow/ticket-categories";

/** Client-safe DTO types. Staff and customer shapes are separate so internal fields cannot leak. */
export type StatusOption = {
  id: string;
  name: string;
  color: string;
  category: TicketCategory;
  /** What entering it sets off, e.g. "sends SMS, opens payment"; empty when nothing. */
  preview: string;
  /** Something the person should know before choosing it, e.g. "pay would be €0.00". */
  warning: string | null;
  opensPayment: boolean;
  /** Moves that cannot simply be taken back ask first: a cancellation, a close without payment. */
  confirm: "cancel" | "close_unpaid" | null;
  /** Sets nothing off and the engine allows moving straight back: the toast offers "Undo". */
  undoable: boolean;
};

export type StaffTicketListItem = {
  id: string;
  number: number;
  version: number;
  title: string;
  status: { id: string; name: string; color: string; category: TicketCategory; archived: boolean };
  visibility: Visibility;
  assetName: string | null;
  assignees: string[];
  requester: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  /** The customer's messages this employee has not read (at most UNREAD_CAP). */
  unread: number;
};

/** What a ticket waits for from its customer: their answer, or their verdict on the work done. */
export type CustomerAttention = "answer" | "rate" | "confirm" | null;

export type PortalTicketListItem = {
  id: string;
  number: number;
  title: string;
  step: TicketStep;
  attention: CustomerAttention;
  assetName: string | null;
  mine: boolean;
  updatedAt: string;
  /** The employees' messages this customer has not read (at most UNREAD_CAP). */
  unread: number;
};

export type Page<T> = { items: T[]; nextCursor: string | null };

export type HistoryItem = {
  id: number;
  at: string;
  text: string;
  /** An update to the service record: its words, and whether only employees see it. */
  update?: { paragraphs: MessageParagraphs; internal: boolean; attachments: AttachmentItem[] };
};

export type StaffTicketDetail = {
  audience: "staff";
  id: string;
  number: number;
  title: string;
  description: string;
  visibility: Visibility;
  version: number;
  createdAt: string;
  creator: { id: string; name: string; isCustomer: boolean; email: string; phone: string | null };
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
  /** The ticket's tasks (employees only, like the whole staff view). */
  tasks: TaskListItem[];
  rating: { stars: number; comment: string | null } | null;
  history: HistoryItem[];
  /** Whether this reader may add an update (employees: public or internal; customers: public). */
  mayUpdate: boolean;
  /** Video sessions linked to the ticket, as the reader may see them. */
  sessions: SessionListItem[];
  /** The answers of its creation flow ("Information provided"), or null for a ticket made without one. */
  provided: ProvidedInfo | null;
  /** Set for the creator of a draft: the flow is not finished yet; removed after `days` untouched. */
  draft: { days: number } | null;
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
  attention: CustomerAttention;
  donePolicy: DonePolicyMode;
  /** The creator's own payments and receipts (other holders of the asset see none). */
  money: TicketMoney | null;
  rating: { stars: number; comment: string | null } | null;
  history: HistoryItem[];
  /** Whether this reader may add an update (employees: public or internal; customers: public). */
  mayUpdate: boolean;
  /** Video sessions linked to the ticket, as the reader may see them. */
  sessions: SessionListItem[];
  /** The answers of its creation flow ("Information provided"), or null for a ticket made without one. */
  provided: ProvidedInfo | null;
  /** Set for the creator of a draft: the flow is not finished yet; removed after `days` untouched. */
  draft: { days: number } | null;
};

export type TicketDetail = StaffTicketDetail | PortalTicketDetail;
export type ProvidedInfo = { flowName: string | null; answers: ProvidedAnswer[] };

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
