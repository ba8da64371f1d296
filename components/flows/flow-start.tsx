import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FlowStart } from "@/lib/flows/queries";
import { Alert } from "../ui/alert";
import { Card } from "../ui/card";
import { FlowStepper } from "./flow-stepper";

/** "New ticket": the stepper of the flow, or the flows to choose from. */
export async function FlowStartView({
  start,
  basePath,
  assetId,
}: {
  start: FlowStart;
  basePath: string;
  assetId: string | null;
}) {
  const t = await getTranslations("tickets.flow");
  switch (start.kind) {
    case "form":
      return (
        <Card>
          <FlowStepper form={start.form} detailPath={basePath} />
        </Card>
      );
    case "none":
      return <Alert>{t("none")}</Alert>;
    case "choose":
      return (
        <section aria-labelledby="choose-flow" className="space-y-3">
          <h2 id="choose-flow" className="text-lg font-semibold">
            {t("chooseTitle")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("chooseIntro")}</p>
          <ul className="grid gap-3 sm:grid-cols-2">
            {start.flows.map((flow) => (
              <li key={flow.id}>
                <Link
                  href={`${basePath}/new?flow=${flow.id}${assetId ? `&asset=${assetId}` : ""}`}
                  className="block rounded-lg border border-border bg-card p-4 font-medium hover:border-primary focus-visible:ring-2 focus-visible:ring-ring"
                >
                  {flow.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      );
  }
}
