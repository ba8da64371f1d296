"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ProvidedAnswer } from "@/lib/flows/queries";
import type { ProvidedInfo } from "@/lib/tickets/types";
import { AttachmentList } from "../conversation/attachment-list";
import { Card, CardTitle } from "../ui/card";

/** "Information provided": every question of the creation flow with its answer, files inline. */
export function ProvidedInfoCard({ info }: { info: ProvidedInfo }) {
  const t = useTranslations("tickets.flow");
  return (
    <Card aria-labelledby="provided-heading">
      <CardTitle id="provided-heading">{t("provided")}</CardTitle>
      {info.flowName ? (
        <p className="-mt-2 mb-3 text-xs text-muted-foreground">{t("viaFlow", { flow: info.flowName })}</p>
      ) : null}
      {info.answers.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noAnswer")}</p>
      ) : (
        <dl className="space-y-3 text-sm">
          {info.answers.map((answer, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: answers are listed in their fixed order
            <div key={i} className="space-y-0.5">
              <dt className="font-medium text-muted-foreground">{answer.question}</dt>
              <dd className="break-words whitespace-pre-wrap text-foreground">
                <AnswerText answer={answer} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}

function AnswerText({ answer }: { answer: ProvidedAnswer }) {
  const t = useTranslations("tickets.flow");
  const format = useFormatter();
  const { value } = answer;
  if (value === null) return <span className="text-muted-foreground">{t("noAnswer")}</span>;
  switch (answer.inputType) {
    case "file":
      return <AttachmentList files={answer.files} className="mt-1" />;
    case "yes_no":
      return <>{value ? t("yes") : t("no")}</>;
    case "number":
      return <>{format.number(Number(value))}</>;
    case "date":
      return (
        <>{format.dateTime(new Date(`${String(value)}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })}</>
      );
    case "multiple_choice":
      return <>{Array.isArray(value) ? value.join(", ") : String(value)}</>;
    case "asset":
      return <>{answer.label ?? String(value)}</>;
    case "short_text":
    case "long_text":
    case "single_choice":
      return <>{String(value)}</>;
  }
}
