import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReceiptView } from "@/components/receipts/receipt-view";
import { loadReceiptPage } from "@/lib/payments/load-receipt-page";
import { parseReceiptNumber } from "@/lib/payments/queries";

type Props = { params: Promise<{ number: string; receipt: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("tickets.receipt");
  const receipt = parseReceiptNumber((await params).receipt);
  return { title: receipt === null ? t("metaTitleUnknown") : t("metaTitle", { number: receipt }) };
}

/** A payment's printable receipt, for staff who may see the ticket; 404 for anything else. */
export default async function ReceiptPage({ params }: Props) {
  const raw = await params;
  const { actor, receipt } = await loadReceiptPage(raw);
  if (actor.role === "code_user")
    redirect(`/portal/tickets/${receipt.ticket.number}/receipts/${receipt.receiptNumber}`);
  return <ReceiptView receipt={receipt} backHref={`/tickets/${receipt.ticket.number}`} />;
}
