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

/** The receipt of a customer's own payment; 404 for anything else. */
export default async function PortalReceiptPage({ params }: Props) {
  const { actor, receipt } = await loadReceiptPage(await params);
  if (actor.role !== "code_user")
    redirect(`/tickets/${receipt.ticket.number}/receipts/${receipt.receiptNumber}`);
  return <ReceiptView receipt={receipt} backHref={`/portal/tickets/${receipt.ticket.number}`} />;
}
