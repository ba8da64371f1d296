"use client";

import { useTranslations } from "next-intl";
import type { StaffTicketDetail } from "@/lib/tickets/types";
import { Button } from "../ui/button";
import { Card, CardTitle } from "../ui/card";

type Offer = StaffTicketDetail["offers"][number];

/** Who was offered the ticket and how they answered; a pending offer can be withdrawn. */
export function OffersCard({
  offers,
  canWithdraw,
  disabled,
  onWithdraw,
}: {
  offers: Offer[];
  canWithdraw: boolean;
  disabled: boolean;
  onWithdraw: (offer: Offer) => void;
}) {
  const t = useTranslations("tickets.detail");
  const tw = useTranslations("workflow");
  return (
    <Card aria-labelledby="offers-heading">
      <CardTitle id="offers-heading">{t("offers")}</CardTitle>
      <ul aria-label={t("offers")} className="space-y-2 text-sm">
        {offers.map((offer) => (
          <li key={offer.userId} className="flex items-center justify-between gap-2">
            <span>
              {offer.name} <span className="text-muted-foreground">· {tw(`offerStates.${offer.state}`)}</span>
            </span>
            {canWithdraw && offer.state === "pending" ? (
              <Button
                variant="ghost"
                size="sm"
                disabled={disabled}
                aria-label={t("withdrawOfferTo", { name: offer.name })}
                onClick={() => onWithdraw(offer)}
              >
                {t("withdraw")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
