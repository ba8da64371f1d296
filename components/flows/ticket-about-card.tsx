"use client";

import type { ProvidedInfo } from "@/lib/tickets/types";
import { Card, CardTitle } from "../ui/card";
import { ProvidedInfoCard } from "./provided-info-card";

/** What the ticket is about: the answers of its creation flow, or its description when it has none. */
export function TicketAboutCard({
  provided,
  description,
  title,
  empty,
}: {
  provided: ProvidedInfo | null;
  description: string;
  title: string;
  empty: string;
}) {
  if (provided) return <ProvidedInfoCard info={provided} />;
  return (
    <Card aria-labelledby="description-heading">
      <CardTitle id="description-heading">{title}</CardTitle>
      <p className="text-sm break-words whitespace-pre-wrap text-foreground">{description || empty}</p>
    </Card>
  );
}
