import { Mail, Phone } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { StaffTicketDetail } from "@/lib/tickets/types";
import { Card, CardTitle } from "../ui/card";

/** Who asked, how to reach them, and the rest of what they asked. */
export function RequesterCard({ creator }: { creator: StaffTicketDetail["creator"] }) {
  const t = useTranslations("tickets.detail");
  return (
    <Card aria-labelledby="requester-heading">
      <CardTitle id="requester-heading">{t("requester")}</CardTitle>
      <p className="font-medium">
        {creator.name}{" "}
        <span className="text-sm font-normal text-muted-foreground">
          {creator.isCustomer ? t("customer") : t("employee")}
        </span>
      </p>
      <ul className="mt-2 space-y-1 text-sm">
        <li>
          <a
            href={`mailto:${creator.email}`}
            className="inline-flex min-h-11 items-center gap-2 text-link hover:underline sm:min-h-0"
          >
            <Mail aria-hidden className="size-4" />
            <span className="break-all">{creator.email}</span>
          </a>
        </li>
        {creator.phone ? (
          <li>
            <a
              href={`tel:${creator.phone.replace(/[^\d+]/g, "")}`}
              className="inline-flex min-h-11 items-center gap-2 text-link hover:underline sm:min-h-0"
            >
              <Phone aria-hidden className="size-4" />
              {creator.phone}
            </a>
          </li>
        ) : null}
      </ul>
      <Link
        href={`/tickets?requester=${creator.id}`}
        className="mt-2 inline-flex min-h-11 items-center text-sm text-link hover:underline sm:min-h-0"
      >
        {t("otherTickets", { name: creator.name })}
      </Link>
    </Card>
  );
}
